package org.ecrf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.EntryEvent;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring API end to end on TOPIT's week-6 laboratory form (SDV plan CRITICAL: ESR, CRP and
 * calprotectin; the sample date is mandatory; CRP above 300 mg/L fails a soft check): the form's
 * lifecycle with who may make each move and why one is refused, SDV reset by a change, automatic
 * queries from a failed soft check, signing blocked by open queries, lock refusing edits through
 * the clinical data API, and an unlock with a reason. Every test registers its own child at BER
 * (investigator inv.ber; monitor and dm see every site).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringApiIT {

  private static final String STUDY = "api/v1/studies/TOPIT/";
  private static final String LAB = "F.LAB";
  private static final String WEEK6 = "SE.WEEK6";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aFormMovesThroughEveryStatusToLockedAndIsReopenedByTheDataManagerWithAReason()
      throws SQLException {
    String child = childWithLabValues("350");
    assertThat(status(child).getString("status")).isEqualTo("IN_PROGRESS");

    assertMoved(child, "inv.ber", "{\"to\": \"COMPLETE\"}", "COMPLETE");
    verifyWholeForm(child);
    assertThat(status(child).getString("status")).isEqualTo("VERIFIED");
    closeEveryQuery(child);
    assertMoved(child, "inv.ber", sign(ApiClient.DEMO_PASSWORD), "SIGNED");
    JsonObject signed = status(child);
    assertThat(signed.getBoolean("signed")).isTrue();
    assertThat(signed.getJsonObject("signature").getString("meaning"))
        .isEqualTo("I confirm the data are accurate and complete");
    assertMoved(child, "dm", "{\"to\": \"FROZEN\"}", "FROZEN");
    assertMoved(child, "dm", "{\"to\": \"LOCKED\"}", "LOCKED");
    assertMoved(
        child,
        "dm",
        "{\"to\": \"IN_PROGRESS\", \"reason\": \"CRP re-measured by the local laboratory\"}",
        "IN_PROGRESS");

    JsonObject reopened = status(child);
    assertThat(reopened.getBoolean("signed")).isFalse();
    List<EntryEvent> events = ItDatabase.entryEvents(child, WEEK6, LAB);
    assertThat(events.stream().filter(e -> e.type().equals("FORM_STATUS_CHANGED")))
        .extracting(e -> e.oldValue() + ">" + e.newValue())
        .containsExactly(
            "IN_PROGRESS>COMPLETE",
            "COMPLETE>VERIFIED",
            "VERIFIED>SIGNED",
            "SIGNED>FROZEN",
            "FROZEN>LOCKED",
            "LOCKED>IN_PROGRESS");
    assertThat(events)
        .filteredOn(e -> e.type().equals("FORM_STATUS_CHANGED") && "dm".equals(e.actor()))
        .last()
        .satisfies(
            e -> assertThat(e.reason()).isEqualTo("CRP re-measured by the local laboratory"));
    assertThat(events).extracting(EntryEvent::type).contains("FORM_SIGNED", "SIGNATURE_VOIDED");
  }

  @Test
  void forbiddenMovesAnswer409WithTheReasonAndMovesOfOtherRolesAnswer403() {
    String child = registerAtBer();
    importLab(child, "Insert", null, "20", "", "");

    assertRefused(child, "inv.ber", "{\"to\": \"COMPLETE\"}", 409, "required data are missing");
    assertRefused(child, "inv.ber", sign(ApiClient.DEMO_PASSWORD), 409, "must be complete");
    assertRefused(child, "dm", "{\"to\": \"LOCKED\"}", 409, "must be frozen first");
    assertRefused(child, "dm", "{\"to\": \"IN_PROGRESS\", \"reason\": \"x\"}", 409, "already");
    assertRefused(child, "monitor", "{\"to\": \"COMPLETE\"}", 403, "investigator or study nurse");
    assertRefused(child, "inv.ber", "{\"to\": \"FROZEN\"}", 403, "data manager");
    assertRefused(child, "sponsor", "{\"to\": \"FROZEN\"}", 403, "data manager");
    assertRefused(child, "dm", "{\"to\": \"NOPE\"}", 400, "must be one of");
    assertThat(api("inv.pot").get(formPath(child) + "/status").status()).isEqualTo(404);
    assertThat(api("inv.pot").post(formPath(child) + "/transitions", "{\"to\": \"COMPLETE\"}"))
        .extracting(Answer::status)
        .isEqualTo(404);
    assertThat(api("inv.ber").post(STUDY + "sdv", sdv(child, "")).status()).isEqualTo(403);
    assertThat(status(child).getString("status")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void signingNeedsTheRightPasswordAndNoOpenQuery() {
    String child = childWithLabValues("350");
    assertMoved(child, "inv.ber", "{\"to\": \"COMPLETE\"}", "COMPLETE");
    verifyWholeForm(child);

    assertRefused(child, "inv.ber", sign(ApiClient.DEMO_PASSWORD), 409, "a query on it is open");
    closeEveryQuery(child);
    assertRefused(child, "inv.ber", sign("not-my-password"), 403, "password is not correct");
    assertRefused(child, "inv.ber", "{\"to\": \"SIGNED\"}", 400, "password");
    assertRefused(child, "monitor", sign(ApiClient.DEMO_PASSWORD), 403, "investigator");
    assertMoved(child, "inv.ber", sign(ApiClient.DEMO_PASSWORD), "SIGNED");
  }

  @Test
  void aChangedValueNeedsSdvAgainAndVoidsTheSignatureOfItsForm() throws SQLException {
    String child = childWithLabValues("20");
    assertMoved(child, "inv.ber", "{\"to\": \"COMPLETE\"}", "COMPLETE");
    verifyWholeForm(child);
    assertThat(status(child).getJsonArray("sdvPending")).isEmpty();
    assertMoved(child, "inv.ber", sign(ApiClient.DEMO_PASSWORD), "SIGNED");

    Answer update = importLab(child, "Update", "2026-02-27", "20", "25", "Transcription error");

    assertThat(update.body()).contains("\"outcome\":\"STORED\"");
    JsonObject after = status(child);
    assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(after.getBoolean("signed")).isFalse();
    assertThat(after.getJsonArray("sdvPending").getValuesAs(JsonString::getString))
        .containsExactly("I.LB_CRP");
    List<EntryEvent> events = ItDatabase.entryEvents(child, WEEK6, LAB);
    assertThat(events)
        .filteredOn(e -> e.type().equals("SDV_RESET"))
        .singleElement()
        .satisfies(e -> assertThat(e.itemOid()).isEqualTo("I.LB_CRP"));
    assertThat(events)
        .filteredOn(e -> e.type().equals("SIGNATURE_VOIDED"))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("signed data changed"));
  }

  @Test
  void aValueFailingASoftCheckRaisesAQueryTheSiteAnswersAndTheMonitorCloses() {
    String child = childWithLabValues("350");

    List<JsonObject> queries = queries("monitor", child);
    assertThat(queries).hasSize(1);
    JsonObject automatic = queries.get(0);
    assertThat(automatic.getString("origin")).isEqualTo("AUTOMATIC");
    assertThat(automatic.getString("status")).isEqualTo("OPEN");
    assertThat(automatic.getString("item")).isEqualTo("I.LB_CRP");
    assertThat(automatic.getJsonArray("messages").getJsonObject(0).getString("text"))
        .startsWith("Soft check failed");
    assertThat(status(child).getInt("openQueries")).isEqualTo(1);
    String messages = STUDY + "queries/" + automatic.getJsonNumber("id").longValue() + "/messages";

    assertThat(
            post(
                "inv.ber", messages, "{\"text\": \"Checked: 35 mg/dL\", \"status\": \"ANSWERED\"}"))
        .isEqualTo(200);
    assertThat(post("inv.ber", messages, "{\"text\": \"Done\", \"status\": \"CLOSED\"}"))
        .isEqualTo(403);
    assertThat(post("monitor", messages, "{\"text\": \"Agreed\", \"status\": \"CLOSED\"}"))
        .isEqualTo(200);
    assertThat(post("inv.ber", messages, "{\"text\": \"One more thing\"}")).isEqualTo(409);
    assertThat(post("monitor", messages, "{\"text\": \"Re-opened\", \"status\": \"OPEN\"}"))
        .isEqualTo(200);
    assertThat(post("inv.pot", messages, "{\"text\": \"Not mine\"}")).isEqualTo(404);
    assertThat(
            queries("inv.ber", child).get(0).getJsonArray("messages").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("status"))
        .containsExactly("OPEN", "ANSWERED", "CLOSED", "OPEN");
  }

  @Test
  void monitorsAndDataManagersRaiseQueriesByHandAndTheSiteDoesNot() {
    String child = childWithLabValues("20");
    String onItem =
        "{\"subjectKey\": \""
            + child
            + "\", \"event\": \"SE.WEEK6\", \"form\": \"F.LAB\", \"item\": \"I.LB_ESR\","
            + " \"text\": \"Please check the ESR against the laboratory report\"}";

    Answer raised = api("monitor").post(STUDY + "queries", onItem);
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    assertThat(raised.json().getJsonNumber("id").longValue()).isPositive();
    assertThat(raised.json().getString("itemGroup")).isEqualTo("IG.LB_INFLAMMATION");
    Answer onVisit =
        api("dm")
            .post(
                STUDY + "queries",
                "{\"subjectKey\": \""
                    + child
                    + "\", \"event\": \"SE.WEEK6\", \"text\": \"Date?\"}");
    assertThat(onVisit.status()).as(onVisit.toString()).isEqualTo(201);
    assertThat(api("inv.ber").post(STUDY + "queries", onItem).status()).isEqualTo(403);
    assertThat(api("inv.pot").post(STUDY + "queries", onItem).status()).isEqualTo(404);
    assertThat(api("monitor").post(STUDY + "queries", onItem.replace("I.LB_ESR", "I.NOPE")))
        .extracting(Answer::status)
        .isEqualTo(404);
    assertThat(queries("inv.ber", child)).hasSize(2);
    assertThat(status(child).getInt("openQueries")).isEqualTo(1);
  }

  @Test
  void aLockedFormRefusesEditsThroughTheClinicalDataApiUntilUnlocked() {
    String child = childWithLabValues("20");
    assertMoved(child, "dm", "{\"to\": \"FROZEN\"}", "FROZEN");
    assertThat(api("monitor").post(STUDY + "sdv", sdv(child, "")).status()).isEqualTo(409);
    assertMoved(child, "dm", "{\"to\": \"LOCKED\"}", "LOCKED");

    Answer refused = importLab(child, "Update", "2026-02-27", "20", "25", "Correction");

    assertThat(refused.body()).contains("\"outcome\":\"REFUSED\"").contains("locked");
    assertMoved(child, "dm", "{\"to\": \"IN_PROGRESS\", \"reason\": \"Query 17\"}", "IN_PROGRESS");
    Answer stored = importLab(child, "Update", "2026-02-27", "20", "25", "Correction");
    assertThat(stored.body()).contains("\"outcome\":\"STORED\"");
  }

  @Test
  void aMonitorVerifiesAWholeVisitOrAWholeSubjectEachValueAudited() throws SQLException {
    String child = childWithLabValues("20");
    importLabAt(child, "SE.WEEK14", "30");

    Answer visit =
        api("monitor")
            .post(STUDY + "sdv", "{\"subjectKey\": \"" + child + "\", \"event\": \"SE.WEEK6\"}");
    assertThat(visit.status()).as(visit.toString()).isEqualTo(200);
    assertThat(visit.json().getInt("forms")).isEqualTo(1);
    assertThat(visit.json().getInt("items")).isEqualTo(2);
    assertThat(status(child).getJsonArray("sdvPending")).isEmpty();
    assertThat(statusAt(child, "SE.WEEK14").getJsonArray("sdvPending")).hasSize(2);

    Answer subject = api("monitor").post(STUDY + "sdv", "{\"subjectKey\": \"" + child + "\"}");
    assertThat(subject.status()).as(subject.toString()).isEqualTo(200);
    assertThat(subject.json().getInt("forms")).isEqualTo(1);
    assertThat(subject.json().getInt("items")).isEqualTo(2);
    assertThat(statusAt(child, "SE.WEEK14").getJsonArray("sdvPending")).isEmpty();
    assertThat(ItDatabase.entryEvents(child, "SE.WEEK14", LAB))
        .filteredOn(e -> e.type().equals("SDV_VERIFIED"))
        .extracting(EntryEvent::itemOid)
        .containsExactlyInAnyOrder("I.LB_ESR", "I.LB_CRP");

    assertThat(api("inv.ber").post(STUDY + "sdv", "{\"subjectKey\": \"" + child + "\"}").status())
        .isEqualTo(403);
    assertThat(api("dm").post(STUDY + "sdv", "{\"subjectKey\": \"" + child + "\"}").status())
        .isEqualTo(403);
    assertThat(
            api("monitor")
                .post(
                    STUDY + "sdv", "{\"subjectKey\": \"" + child + "\", \"items\": [\"I.LB_ESR\"]}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void aDataManagerLocksASubjectFormByFormAndTheLockRefusesEditsUntilUnlocked()
      throws SQLException {
    String child = childWithLabValues("20");
    importLabAt(child, "SE.WEEK14", "30");
    String lock =
        "{\"scope\": \"SUBJECT\", \"subjectKey\": \""
            + child
            + "\", \"action\": \"%s\", \"reason\": \"%s\"}";

    assertThat(api("monitor").post(STUDY + "lock", lock.formatted("LOCK", "x")).status())
        .isEqualTo(403);
    assertThat(api("dm").post(STUDY + "lock", lock.formatted("LOCK", " ")).status()).isEqualTo(400);
    Answer locked = api("dm").post(STUDY + "lock", lock.formatted("LOCK", "Interim analysis"));
    assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
    assertThat(locked.json().getInt("formsChanged")).isEqualTo(2);
    assertThat(status(child).getString("status")).isEqualTo("LOCKED");
    assertThat(statusAt(child, "SE.WEEK14").getString("status")).isEqualTo("LOCKED");
    Answer again = api("dm").post(STUDY + "lock", lock.formatted("LOCK", "Interim analysis"));
    assertThat(again.json().getInt("formsUnchanged")).isEqualTo(2);

    Answer refused = importLab(child, "Update", "2026-02-27", "20", "25", "Correction");
    assertThat(refused.body()).contains("\"outcome\":\"REFUSED\"").contains("locked");

    Answer unlocked = api("dm").post(STUDY + "lock", lock.formatted("UNLOCK", "Query 12"));
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    assertThat(status(child).getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(importLab(child, "Update", "2026-02-27", "20", "25", "Correction").body())
        .contains("\"outcome\":\"STORED\"");
    assertThat(ItDatabase.entryEvents(child, WEEK6, LAB))
        .filteredOn(e -> e.type().equals("FORM_STATUS_CHANGED"))
        .extracting(e -> e.oldValue() + ">" + e.newValue() + ": " + e.reason())
        .containsExactly(
            "IN_PROGRESS>FROZEN: Interim analysis (lock of subject " + child + ")",
            "FROZEN>LOCKED: Interim analysis (lock of subject " + child + ")",
            "LOCKED>IN_PROGRESS: Query 12 (unlock of subject " + child + ")");
  }

  @Test
  void aSiteFreezeCoversOnlyThatSitesSubjects() {
    String child = childWithLabValues("20");
    Answer frozen =
        api("dm")
            .post(
                STUDY + "lock",
                "{\"scope\": \"SITE\", \"site\": \"POT\", \"action\": \"FREEZE\","
                    + " \"reason\": \"Site close-out visit\"}");
    assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
    assertThat(status(child).getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(
            api("dm")
                .post(
                    STUDY + "lock",
                    "{\"scope\": \"SITE\", \"site\": \"NOPE\", \"action\": \"FREEZE\","
                        + " \"reason\": \"x\"}")
                .status())
        .isEqualTo(404);
    api("dm")
        .post(
            STUDY + "lock",
            "{\"scope\": \"SITE\", \"site\": \"POT\", \"action\": \"UNLOCK\","
                + " \"reason\": \"Close-out visit postponed\"}");
  }

  private void assertMoved(String child, String user, String body, String expected) {
    Answer answer = api(user).post(formPath(child) + "/transitions", body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().getString("status")).isEqualTo(expected);
  }

  private void assertRefused(String child, String user, String body, int status, String reason) {
    Answer answer = api(user).post(formPath(child) + "/transitions", body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.json().getString("message")).contains(reason);
  }

  private void verifyWholeForm(String child) {
    Answer answer = api("monitor").post(STUDY + "sdv", sdv(child, ""));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  private void closeEveryQuery(String child) {
    for (JsonObject query : queries("monitor", child)) {
      String path = STUDY + "queries/" + query.getJsonNumber("id").longValue() + "/messages";
      assertThat(post("monitor", path, "{\"text\": \"Resolved\", \"status\": \"CLOSED\"}"))
          .isEqualTo(200);
    }
  }

  private List<JsonObject> queries(String user, String child) {
    Answer answer = api(user).get(STUDY + "queries?subjectKey=" + child);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.jsonArray().getValuesAs(JsonObject.class);
  }

  private int post(String user, String path, String json) {
    return api(user).post(path, json).status();
  }

  private JsonObject status(String child) {
    Answer answer = api("monitor").get(formPath(child) + "/status");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private JsonObject statusAt(String child, String event) {
    Answer answer =
        api("monitor").get(STUDY + "subjects/" + child + "/forms/" + event + "/" + LAB + "/status");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  /** The laboratory form of another visit, with ESR 20 and the CRP given. */
  private void importLabAt(String child, String event, String crp) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" ODMVersion=\"1.3.2\""
            + " FileType=\"Transactional\" FileOID=\"LAB.MONITORING.2\""
            + " CreationDateTime=\"2026-03-01T10:00:00Z\">"
            + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">"
            + "<SubjectData SubjectKey=\""
            + child
            + "\"><StudyEventData StudyEventOID=\""
            + event
            + "\"><FormData FormOID=\"F.LAB\" TransactionType=\"Insert\">"
            + "<ItemGroupData ItemGroupOID=\"IG.LB_SAMPLE\"><ItemData ItemOID=\"I.LB_DATE\""
            + " Value=\"2026-05-20\"/></ItemGroupData>"
            + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
            + "<ItemData ItemOID=\"I.LB_ESR\" Value=\"20\"/>"
            + "<ItemData ItemOID=\"I.LB_CRP\" Value=\""
            + crp
            + "\"/></ItemGroupData></FormData></StudyEventData></SubjectData></ClinicalData></ODM>";
    Answer answer = api("inv.ber").postXml(STUDY + "clinicaldata", xml);
    assertThat(answer.body()).as(answer.toString()).contains("\"outcome\":\"STORED\"");
  }

  private static String sign(String password) {
    return "{\"to\": \"SIGNED\", \"password\": \"" + password + "\"}";
  }

  private static String sdv(String child, String items) {
    return "{\"subjectKey\": \""
        + child
        + "\", \"event\": \"SE.WEEK6\", \"form\": \"F.LAB\", \"items\": ["
        + items
        + "]}";
  }

  private static String formPath(String child) {
    return STUDY + "subjects/" + child + "/forms/" + WEEK6 + "/" + LAB;
  }

  /** A child at BER with a week-6 laboratory form: sample date, ESR 20 and CRP in mg/L. */
  private String childWithLabValues(String crp) {
    String child = registerAtBer();
    Answer answer = importLab(child, "Insert", "2026-02-27", "20", crp, "");
    assertThat(answer.body()).as(answer.toString()).contains("\"outcome\":\"STORED\"");
    return child;
  }

  private Answer importLab(
      String child, String type, String date, String esr, String crp, String reason) {
    String audit =
        reason.isEmpty()
            ? ""
            : "<AuditRecord><UserRef UserOID=\"U.LAB\"/><LocationRef LocationOID=\"L.LAB\"/>"
                + "<DateTimeStamp>2026-03-02T09:00:00Z</DateTimeStamp>"
                + "<ReasonForChange>"
                + reason
                + "</ReasonForChange></AuditRecord>";
    String sample =
        date == null
            ? ""
            : "<ItemGroupData ItemGroupOID=\"IG.LB_SAMPLE\"><ItemData ItemOID=\"I.LB_DATE\" Value=\""
                + date
                + "\"/></ItemGroupData>";
    String crpItem = crp.isEmpty() ? "" : "<ItemData ItemOID=\"I.LB_CRP\" Value=\"" + crp + "\"/>";
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" ODMVersion=\"1.3.2\""
            + " FileType=\"Transactional\" FileOID=\"LAB.MONITORING\""
            + " CreationDateTime=\"2026-03-01T10:00:00Z\">"
            + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">"
            + "<SubjectData SubjectKey=\""
            + child
            + "\"><StudyEventData StudyEventOID=\"SE.WEEK6\">"
            + "<FormData FormOID=\"F.LAB\" TransactionType=\""
            + type
            + "\">"
            + audit
            + sample
            + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
            + "<ItemData ItemOID=\"I.LB_ESR\" Value=\""
            + esr
            + "\"/>"
            + crpItem
            + "</ItemGroupData></FormData></StudyEventData></SubjectData></ClinicalData></ODM>";
    Answer answer = api("inv.ber").postXml(STUDY + "clinicaldata", xml);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer;
  }

  private String registerAtBer() {
    Answer created =
        api("inv.ber")
            .post(
                STUDY + "subjects",
                "{\"site\": \"BER\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \"CD\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("subjectKey");
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
