package org.ecrf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ecrf.testing.AjaxPageSession;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.AuditRow;
import org.ecrf.testing.ItDatabase.EntryEvent;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scope locks, signing passwords and visit signatures end to end (issue 7): a subject lock holds
 * for forms not started yet, through the ODM import and the entry page, until an unlock with a
 * reason; a subject inside a locked site is not unlocked on its own; wrong passwords at signing
 * lock the account after as many failures as sign-ins do; a visit is signed with one password
 * entry, form by form, and a later change voids only the changed form's signature; the dashboard
 * counts a schedule the infusions cannot anchor as unknown. Every test registers its own child
 * (investigator inv.ber at BER, inv.pot at POT; monitor and dm see every site).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringScopeIT {

  private static final String STUDY = "api/v1/studies/TOPIT/";
  private static final String PASSWORD = "signing-test-password-2026";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aSubjectLockRefusesFormsNotStartedOnThePageAndByImportUntilUnlocked() throws SQLException {
    String child = Lab.child(api("inv.ber"), "BER", "20");
    Answer locked = api("dm").post(STUDY + "lock", lock("SUBJECT", child, "LOCK", "Interim"));
    assertThat(locked.status()).as(locked.toString()).isEqualTo(200);

    Answer imported = Lab.importAt(api("inv.ber"), child, "SE.WEEK14", "30");
    assertThat(imported.body())
        .contains("\"outcome\":\"REFUSED\"")
        .contains("subject " + child + " was locked by dm at");
    String page = pageSave(child, "SE.WEEK22");
    assertThat(page).contains("cannot be saved on the page").contains("locked by dm");
    assertThat(inberPages().get(entryPage(child, "SE.WEEK22")).body())
        .contains("ecrf-scope-lock")
        .contains("The subject " + child + " is locked (by dm");
    assertThat(Lab.status(api("monitor"), child, "SE.WEEK14").getString("status"))
        .isEqualTo("NOT_STARTED");
    assertThat(Lab.status(api("monitor"), child, "SE.WEEK22").getString("status"))
        .isEqualTo("NOT_STARTED");
    JsonObject shown = Lab.status(api("monitor"), child, "SE.WEEK14").getJsonObject("scopeLock");
    assertThat(shown.getString("scope")).isEqualTo("SUBJECT");
    assertThat(shown.getString("lockedBy")).isEqualTo("dm");
    assertThat(api("dm").get(STUDY + "lock").body()).contains("\"scopeKey\":\"" + child + "\"");
    assertThat(api("monitor").get(STUDY + "lock").status()).isEqualTo(403);
    assertThat(
            api("dm")
                .post(
                    Lab.formPath(child, "SE.WEEK6") + "/transitions",
                    "{\"to\": \"IN_PROGRESS\", \"reason\": \"one form only\"}")
                .status())
        .isEqualTo(409);

    Answer unlocked =
        api("dm").post(STUDY + "lock", lock("SUBJECT", child, "UNLOCK", "Query 12 answered"));
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    assertThat(Lab.importAt(api("inv.ber"), child, "SE.WEEK14", "30").body())
        .contains("\"outcome\":\"STORED\"");
    assertThat(pageSave(child, "SE.WEEK22")).doesNotContain("cannot be saved");
    assertThat(Lab.status(api("monitor"), child, "SE.WEEK22").getString("status"))
        .isEqualTo("IN_PROGRESS");
    assertThat(ItDatabase.auditEventsAbout("scope-lock:TOPIT/subject " + child))
        .extracting(row -> row.type() + ": " + row.reason())
        .containsExactly(
            "FORM_STATUS_CHANGED: Interim (lock of subject " + child + ")",
            "FORM_STATUS_CHANGED: Query 12 answered (unlock of subject " + child + ")");
  }

  @Test
  void aSubjectInsideALockedSiteIsNotUnlockedOnItsOwn() {
    String child = Lab.child(api("inv.pot"), "POT", "20");
    Answer frozen = api("dm").post(STUDY + "lock", lock("SITE", "POT", "FREEZE", "Close-out"));
    assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
    try {
      Answer refused =
          api("dm").post(STUDY + "lock", lock("SUBJECT", child, "UNLOCK", "Correction"));
      assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
      assertThat(refused.json().getString("message")).contains("site POT was frozen by dm");
      assertThat(Lab.importAt(api("inv.pot"), child, "SE.WEEK14", "30").body())
          .contains("\"outcome\":\"REFUSED\"")
          .contains("site POT was frozen");
    } finally {
      Answer unlocked = api("dm").post(STUDY + "lock", lock("SITE", "POT", "UNLOCK", "Done"));
      assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    }
    assertThat(Lab.importAt(api("inv.pot"), child, "SE.WEEK14", "30").body())
        .contains("\"outcome\":\"STORED\"");
  }

  @Test
  void wrongSigningPasswordsLockTheAccountAfterAsManyFailuresAsSignIns() throws SQLException {
    String investigator = newInvestigatorAtBer();
    String child = Lab.child(api("inv.ber"), "BER", "20");
    assertThat(Lab.move(api("inv.ber"), child, "SE.WEEK6", "{\"to\": \"COMPLETE\"}").status())
        .isEqualTo(200);
    assertThat(api("monitor").post(STUDY + "sdv", Lab.sdvVisit(child, "SE.WEEK6")).status())
        .isEqualTo(200);
    AjaxPageSession pages = AjaxPageSession.signIn(deployment, investigator, PASSWORD);
    assertThat(pages).isNotNull();
    String form = entryPage(child, "SE.WEEK6");

    for (int attempt = 1; attempt <= 4; attempt++) {
      String answer =
          pages.press(form, "signForm", "confirmSign", Map.of("password", "not my password"));
      assertThat(answer).as("attempt %d", attempt).contains("The password is not correct");
    }
    assertThat(account(investigator).getBoolean("locked")).as("4 failures").isFalse();
    assertThat(account(investigator).getInt("failedLogins")).isEqualTo(4);
    pages.press(form, "signForm", "confirmSign", Map.of("password", "not my password"));

    assertThat(account(investigator).getBoolean("locked")).as("the 5th failure").isTrue();
    assertThat(ApiClient.as(deployment, investigator, PASSWORD).get("api/v1/me").status())
        .isEqualTo(401);
    assertThat(AjaxPageSession.signIn(deployment, investigator, PASSWORD)).isNull();
    assertThat(Lab.status(api("monitor"), child, "SE.WEEK6").getBoolean("signed")).isFalse();
    List<AuditRow> events = ItDatabase.auditEventsAbout("user:" + investigator);
    assertThat(events)
        .filteredOn(e -> "wrong password when signing".equals(e.reason()))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.type()).isEqualTo("LOGIN_FAILED"));
    assertThat(events).extracting(AuditRow::type).contains("ACCOUNT_LOCKED");
  }

  @Test
  void aVisitIsSignedWithOnePasswordAndALaterChangeVoidsOnlyTheChangedForm() throws SQLException {
    String child = Lab.child(api("inv.ber"), "BER", "20");
    Lab.importAnthro(api("inv.ber"), child, "Insert", "30.5", "");
    assertThat(Lab.move(api("inv.ber"), child, "SE.WEEK6", "{\"to\": \"COMPLETE\"}").status())
        .isEqualTo(200);
    assertThat(api("monitor").post(STUDY + "sdv", Lab.sdvVisit(child, "SE.WEEK6")).status())
        .isEqualTo(200);
    Lab.closeEveryQuery(api("monitor"), child);
    String visit = "{\"scope\": \"VISIT\", \"event\": \"SE.WEEK6\", \"password\": \"%s\"}";

    Answer blocked =
        api("inv.ber").post(signatures(child), visit.formatted(ApiClient.DEMO_PASSWORD));
    assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
    assertThat(blocked.json().getJsonArray("blocked").getValuesAs(JsonObject.class))
        .extracting(b -> b.getString("form") + " " + b.getString("status"))
        .containsExactly("F.ANTHRO IN_PROGRESS");
    assertThat(blocked.json().getJsonArray("signed")).isEmpty();
    assertThat(Lab.status(api("monitor"), child, "SE.WEEK6").getString("status"))
        .isEqualTo("VERIFIED");

    Answer complete =
        api("inv.ber")
            .post(
                Lab.formPathOf(child, "SE.WEEK6", "F.ANTHRO") + "/transitions",
                "{\"to\": \"COMPLETE\"}");
    assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
    assertThat(api("monitor").post(signatures(child), visit.formatted(ApiClient.DEMO_PASSWORD)))
        .extracting(Answer::status)
        .isEqualTo(403);
    assertThat(api("inv.pot").post(signatures(child), visit.formatted(ApiClient.DEMO_PASSWORD)))
        .extracting(Answer::status)
        .isEqualTo(404);
    assertThat(api("inv.ber").post(signatures(child), visit.formatted("wrong")).status())
        .isEqualTo(403);

    Answer signed =
        api("inv.ber").post(signatures(child), visit.formatted(ApiClient.DEMO_PASSWORD));
    assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    assertThat(signed.json().getJsonArray("signed").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("form"))
        .containsExactlyInAnyOrder("F.LAB", "F.ANTHRO");
    JsonObject lab = Lab.status(api("monitor"), child, "SE.WEEK6");
    assertThat(lab.getString("status")).isEqualTo("SIGNED");
    assertThat(lab.getJsonObject("signature").getString("scope")).isEqualTo("VISIT");
    assertThat(lab.getJsonObject("signature").getString("scopeEvent")).isEqualTo("SE.WEEK6");

    Lab.importAnthro(api("inv.ber"), child, "Update", "31.0", "Scale recalibrated");

    JsonObject anthro = Lab.statusOf(api("monitor"), child, "SE.WEEK6", "F.ANTHRO");
    assertThat(anthro.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(anthro.getBoolean("signed")).isFalse();
    assertThat(Lab.status(api("monitor"), child, "SE.WEEK6").getBoolean("signed")).isTrue();
    assertThat(ItDatabase.entryEvents(child, "SE.WEEK6", "F.ANTHRO"))
        .filteredOn(e -> e.type().equals("SIGNATURE_VOIDED"))
        .singleElement()
        .satisfies(e -> assertThat(e.oldValue()).contains("(signing of visit SE.WEEK6)"));
    assertThat(ItDatabase.entryEvents(child, "SE.WEEK6", "F.LAB"))
        .extracting(EntryEvent::type)
        .doesNotContain("SIGNATURE_VOIDED");
    AjaxPageSession pages = inberPages();
    assertThat(pages.get(entryPage(child, "SE.WEEK6")).body())
        .contains("Signed with the whole visit SE.WEEK6 in one signing.");
    String onPage =
        pages.press(
            entryPage(child, "SE.WEEK6"),
            "scopeSignForm",
            "confirmScopeSign",
            Map.of("scope", "CASEBOOK", "password", ApiClient.DEMO_PASSWORD));
    assertThat(onPage).contains("The casebook cannot be signed").contains("F.ANTHRO at SE.WEEK6");
    Answer casebook =
        api("inv.ber")
            .post(
                signatures(child),
                "{\"scope\": \"CASEBOOK\", \"password\": \"" + ApiClient.DEMO_PASSWORD + "\"}");
    assertThat(casebook.status()).as(casebook.toString()).isEqualTo(409);
    assertThat(casebook.json().getString("message")).contains("F.ANTHRO");
  }

  @Test
  void theDashboardCountsAScheduleTheInfusionsCannotAnchorAsUnknown() {
    AjaxPageSession monitor =
        AjaxPageSession.signIn(deployment, "monitor", ApiClient.DEMO_PASSWORD);
    assertThat(monitor).isNotNull();
    int before = unknownSchedules(monitor);
    TopitChildren topit = new TopitChildren(deployment);
    String child = Lab.child(api("inv.ber"), "BER", "20");
    topit.importOdm("inv.ber", TopitChildren.infusion(child, "SE.WEEK6", "2026-03-02"));
    assertThat(topit.schedule("inv.ber", child).isNull("problem")).isFalse();

    assertThat(unknownSchedules(monitor)).isEqualTo(before + 1);
  }

  /** The subjects counted under "schedules unknown" on the dashboard, over every site. */
  private static int unknownSchedules(AjaxPageSession monitor) {
    var page = monitor.get("monitoring/dashboard.xhtml?study=TOPIT");
    assertThat(page.statusCode()).isEqualTo(200);
    var matcher = Pattern.compile("\\((\\d+) schedules unknown\\)").matcher(page.body());
    int total = 0;
    while (matcher.find()) {
      total += Integer.parseInt(matcher.group(1));
    }
    return total;
  }

  /** Presses Save on the entry page of F.LAB at the visit, with nothing entered. */
  private String pageSave(String child, String event) {
    return inberPages().press(entryPage(child, event), "entry", "save", Map.of());
  }

  private AjaxPageSession inberPages() {
    AjaxPageSession pages = AjaxPageSession.signIn(deployment, "inv.ber", ApiClient.DEMO_PASSWORD);
    assertThat(pages).isNotNull();
    return pages;
  }

  private static String entryPage(String child, String event) {
    return "entry/form.xhtml?study=TOPIT&subject=" + child + "&event=" + event + "&form=F.LAB";
  }

  private JsonObject account(String username) {
    Answer answer = api("admin").get("api/v1/users/" + username);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private String newInvestigatorAtBer() {
    String username = "it-signer-" + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        api("admin")
            .post(
                "api/v1/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Dr. Test Signer\",\"password\":\""
                    + PASSWORD
                    + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Answer granted =
        api("admin")
            .post(
                "api/v1/users/" + username + "/roles",
                "{\"role\":\"INVESTIGATOR\",\"site\":\"BER\"}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return username;
  }

  private static String signatures(String child) {
    return STUDY + "subjects/" + child + "/signatures";
  }

  private static String lock(String scope, String key, String action, String reason) {
    String field = scope.equals("SITE") ? "site" : "subjectKey";
    return "{\"scope\": \""
        + scope
        + "\", \""
        + field
        + "\": \""
        + key
        + "\", \"action\": \""
        + action
        + "\", \"reason\": \""
        + reason
        + "\"}";
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
