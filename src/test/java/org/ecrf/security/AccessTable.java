package org.ecrf.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecrf.security.EndpointCatalogue.Endpoint;
import org.ecrf.security.domain.Role;

/**
 * The role × endpoint table ({@code src/test/resources/security/role-endpoint-matrix.csv}) read and
 * checked: each line well-formed and its call fitting its endpoint, and, against the {@link
 * EndpointCatalogue}, every endpoint and page of the code classified and no line about one that no
 * longer exists.
 */
final class AccessTable {

  static final String RESOURCE = "/security/role-endpoint-matrix.csv";

  private static final List<String> HEADER =
      List.of(
          "kind",
          "method",
          "path",
          "consumes",
          "call",
          "body",
          "allowed",
          "ok",
          "refused",
          "hidden",
          "known",
          "note");
  private static final Pattern STATUS = Pattern.compile("\\d{3}|login|200:nothing-stored");
  private static final Pattern SITE_VARIABLE =
      Pattern.compile("\\$\\{(subject|site|query|screeningSubject|lockSubject)}");
  private static final Set<String> CALLERS =
      Arrays.stream(MatrixCaller.values())
          .map(MatrixCaller::label)
          .collect(Collectors.toUnmodifiableSet());

  private final List<AccessRule> rules;
  private final List<String> problems;

  private AccessTable(List<AccessRule> rules, List<String> problems) {
    this.rules = List.copyOf(rules);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads the table; {@code bodies} gives the template of a named body (it decides, with the call,
   * whether a line is called once per site).
   */
  static AccessTable read(UnaryOperator<String> bodies) {
    List<AccessRule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          List<String> fields = CsvLine.split(line);
          if (header && !fields.equals(HEADER)) {
            throw new IllegalArgumentException("the header must be " + String.join(",", HEADER));
          }
          if (!header) {
            rules.add(rule(number, fields, bodies));
          }
        } catch (IllegalArgumentException e) {
          problems.add("line " + number + ": " + e.getMessage());
        }
        header = false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AccessTable(rules, problems);
  }

  List<AccessRule> rules() {
    return rules;
  }

  /** What is wrong with the lines themselves (empty when every line is well-formed). */
  List<String> problems() {
    return problems;
  }

  /**
   * Everything wrong with the table against the code: malformed lines, endpoints and pages no line
   * classifies, lines about ones that do not exist. Empty when the table is complete.
   */
  List<String> checkAgainst(Set<Endpoint> discovered) {
    List<String> all = new ArrayList<>(problems);
    unclassified(discovered)
        .forEach(
            endpoint ->
                all.add(
                    "not classified (add a line saying who may call it): "
                        + endpoint.kind()
                        + ","
                        + endpoint.method()
                        + ","
                        + endpoint.path()
                        + ","
                        + endpoint.consumes()));
    stale(discovered).forEach(line -> all.add("no such endpoint or page any more: " + line));
    return all;
  }

  /** Endpoints and pages of the code that no line classifies. */
  Set<Endpoint> unclassified(Set<Endpoint> discovered) {
    Set<Endpoint> missing = new TreeSet<>(discovered);
    rules.forEach(rule -> missing.remove(rule.endpoint()));
    return missing;
  }

  /** Lines about an endpoint or page the code does not have (any more). */
  List<String> stale(Set<Endpoint> discovered) {
    return rules.stream()
        .filter(rule -> !discovered.contains(rule.endpoint()))
        .map(rule -> "line " + rule.line() + ": " + rule.endpoint())
        .toList();
  }

  private static AccessRule rule(int line, List<String> fields, UnaryOperator<String> bodies) {
    if (fields.size() != HEADER.size()) {
      throw new IllegalArgumentException(
          fields.size() + " fields where the header has " + HEADER.size());
    }
    String kind = fields.get(0);
    String method = fields.get(1);
    Endpoint endpoint =
        switch (kind) {
          case "API" -> Endpoint.api(method, fields.get(2), fields.get(3));
          case "PAGE" -> {
            if (!method.equals("GET") || !fields.get(3).equals("-")) {
              throw new IllegalArgumentException("a page is called with GET and no body");
            }
            yield Endpoint.page(fields.get(2));
          }
          default -> throw new IllegalArgumentException("kind is API or PAGE, not " + kind);
        };
    String call = fields.get(4);
    requireFits(endpoint, call);
    String body = fields.get(5);
    String template = body.equals("-") ? "" : bodies.apply(body);
    boolean siteVariant =
        SITE_VARIABLE.matcher(call).find() || SITE_VARIABLE.matcher(template).find();
    List<String> allowed = allowed(fields.get(6), siteVariant);
    Set<String> hidden = statuses(fields.get(9));
    if (!siteVariant && !hidden.isEmpty()) {
      throw new IllegalArgumentException("hidden applies only to calls about a subject or site");
    }
    String[] known = known(fields.get(10));
    return new AccessRule(
        line,
        endpoint,
        call,
        body,
        allowed,
        statuses(fields.get(7)),
        statuses(fields.get(8)),
        hidden,
        known[0].isEmpty() ? Set.of() : Set.of(known[0].split(" +")),
        known[1],
        siteVariant,
        fields.get(11));
  }

  private static List<String> allowed(String field, boolean siteVariant) {
    List<String> tokens = List.of(field.trim().split(" +"));
    for (String token : tokens) {
      if (token.equals("PUBLIC") || token.equals("ANY")) {
        continue;
      }
      boolean atSite = token.endsWith("@site");
      if (atSite && !siteVariant) {
        throw new IllegalArgumentException(token + ": @site needs a call about a subject or site");
      }
      try {
        Role.valueOf(atSite ? token.substring(0, token.length() - 5) : token);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("no role " + token);
      }
    }
    return tokens;
  }

  private static Set<String> statuses(String field) {
    if (field.equals("-")) {
      return Set.of();
    }
    Set<String> statuses = new LinkedHashSet<>(List.of(field.trim().split(" +")));
    for (String status : statuses) {
      if (!STATUS.matcher(status).matches()) {
        throw new IllegalArgumentException(
            "a status is a number, login or 200:nothing-stored, not " + status);
      }
    }
    return statuses;
  }

  /**
   * The call must be the endpoint's path with its parameters filled in ({@code {study}} by {@code
   * TOPIT} or a fixture variable), and may add a query string.
   */
  private static void requireFits(Endpoint endpoint, String call) {
    String path = call.contains("?") ? call.substring(0, call.indexOf('?')) : call;
    String[] called = path.split("/", -1);
    String[] template = endpoint.path().split("/", -1);
    boolean fits = called.length == template.length;
    for (int i = 0; fits && i < template.length; i++) {
      boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
      fits =
          parameter
              ? !called[i].isEmpty() && !called[i].startsWith("{")
              : called[i].equals(template[i]);
    }
    if (!fits) {
      throw new IllegalArgumentException(
          "the call " + call + " does not fit the path " + endpoint.path());
    }
  }

  /** {@code "admin inv.ber: reason"} as callers and reason; {@code -} for none. */
  private static String[] known(String field) {
    if (field.equals("-")) {
      return new String[] {"", ""};
    }
    int colon = field.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("known is 'caller caller: reason', not " + field);
    }
    String callers = field.substring(0, colon).trim();
    for (String caller : callers.split(" +")) {
      if (!CALLERS.contains(caller)) {
        throw new IllegalArgumentException("no caller " + caller + " (callers: " + CALLERS + ")");
      }
    }
    return new String[] {callers, field.substring(colon + 1).trim()};
  }
}
