package org.ecrf.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrf.testing.ApiClient;

/**
 * The request bodies the matrix sends, by the name the table gives them: each well-formed and, for
 * a caller who may make the call, acceptable, so that a refusal comes from the role check and not
 * from the body. Variables ({@code ${subject}}) are the fixture's ({@link MatrixFixture}); {@code
 * ${unique}} is new at every call. Where a real success would change the shared test database for
 * the other integration tests (a new site, a replaced randomisation list), the body is one the
 * platform refuses after the role check (409): the table says so.
 */
final class MatrixBodies {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
  private static final String PASSWORD = ApiClient.DEMO_PASSWORD;

  private static final Map<String, String> TEMPLATES =
      Map.ofEntries(
          Map.entry(
              "password-change-too-short",
              "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"short\"}"),
          Map.entry(
              "user-new",
              "{\"username\": \"matrix-new-${unique}\", \"displayName\": \"Matrix new user\","
                  + " \"password\": \"matrix password 2026\"}"),
          Map.entry(
              "user-profile",
              "{\"displayName\": \"Matrix fixture (edited)\", \"email\": \"matrix@example.org\"}"),
          Map.entry("role-grant", "{\"role\": \"MONITOR\", \"site\": \"BER\"}"),
          Map.entry("password-reset", "{\"password\": \"matrix password reset 2026\"}"),
          Map.entry(
              "site-existing",
              "{\"code\": \"BER\", \"name\": \"Berlin (demo)\", \"countryCode\": \"DEU\","
                  + " \"timeZone\": \"Europe/Berlin\"}"),
          Map.entry(
              "site-unchanged",
              "{\"name\": \"Potsdam (demo)\", \"countryCode\": \"DEU\","
                  + " \"timeZone\": \"Europe/Berlin\", \"active\": true}"),
          Map.entry("definition", "${definition}"),
          Map.entry("lab-week14", MatrixFixture.lab("${subject}", "SE.WEEK14", "Upsert")),
          Map.entry("export-define", "{\"kind\": \"DEFINE\"}"),
          Map.entry("transition-complete", "{\"to\": \"COMPLETE\"}"),
          Map.entry("transition-verified", "{\"to\": \"VERIFIED\"}"),
          Map.entry(
              "transition-signed", "{\"to\": \"SIGNED\", \"password\": \"" + PASSWORD + "\"}"),
          Map.entry("transition-frozen", "{\"to\": \"FROZEN\"}"),
          Map.entry("transition-locked", "{\"to\": \"LOCKED\"}"),
          Map.entry(
              "transition-reopen", "{\"to\": \"IN_PROGRESS\", \"reason\": \"Matrix: reopened\"}"),
          Map.entry(
              "lock-freeze",
              "{\"scope\": \"SUBJECT\", \"subjectKey\": \"${lockSubject}\", \"action\": \"FREEZE\","
                  + " \"reason\": \"Matrix: freeze\"}"),
          Map.entry(
              "query-raise",
              "{\"subjectKey\": \"${subject}\", \"event\": \"SE.WEEK6\","
                  + " \"text\": \"Matrix: please check the visit\"}"),
          Map.entry("query-message", "{\"text\": \"Matrix: a comment\"}"),
          Map.entry(
              "visit-signature",
              "{\"scope\": \"VISIT\", \"event\": \"SE.WEEK6\", \"password\": \""
                  + PASSWORD
                  + "\"}"),
          Map.entry(
              "sdv-form",
              "{\"subjectKey\": \"${subject}\", \"event\": \"SE.WEEK6\", \"form\": \"F.LAB\"}"),
          Map.entry("sdv-visit", "{\"subjectKey\": \"${subject}\", \"event\": \"SE.WEEK6\"}"),
          Map.entry("sdv-subject", "{\"subjectKey\": \"${subject}\"}"),
          Map.entry("list-generate", "{\"seed\": \"matrix seed 2026\", \"placesPerStratum\": 10}"),
          Map.entry("list-csv", "${allocationList}"),
          Map.entry(
              "registration",
              "{\"site\": \"${site}\", \"birthMonth\": \"2013-06\", \"sex\": \"F\","
                  + " \"diagnosis\": \"CD\"}"),
          Map.entry("reason", "{\"reason\": \"Matrix: reason\"}"));

  private MatrixBodies() {}

  /** The template of a named body. */
  static String template(String name) {
    String template = TEMPLATES.get(name);
    if (template == null) {
      throw new IllegalArgumentException("no body named " + name + " in MatrixBodies");
    }
    return template;
  }

  /** The template with its variables replaced (once: values are not read for variables). */
  static String fill(String template, Map<String, String> variables) {
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = variables.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "no fixture variable ${" + matcher.group(1) + "} for " + abbreviated(template));
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
