package org.ecrf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;

/**
 * TOPIT data for the monitoring ITs, through the API: a child, its laboratory and anthropometrics
 * forms as ODM imports, their monitoring status, moves and queries.
 */
final class Lab {

  private static final String STUDY = "api/v1/studies/TOPIT/";

  private Lab() {}

  /** A child registered at the site by {@code site}'s investigator, with week-6 lab values. */
  static String child(ApiClient investigator, String site, String crp) {
    Answer created =
        investigator.post(
            STUDY + "subjects",
            "{\"site\": \""
                + site
                + "\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \"CD\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String child = created.json().getString("subjectKey");
    assertThat(importAt(investigator, child, "SE.WEEK6", crp).body())
        .contains("\"outcome\":\"STORED\"");
    return child;
  }

  /** The laboratory form of a visit: sample date, ESR 20 and the CRP given (mg/L). */
  static Answer importAt(ApiClient investigator, String child, String event, String crp) {
    return importForm(
        investigator,
        child,
        event,
        "<FormData FormOID=\"F.LAB\" TransactionType=\"Insert\">"
            + "<ItemGroupData ItemGroupOID=\"IG.LB_SAMPLE\"><ItemData ItemOID=\"I.LB_DATE\""
            + " Value=\"2026-02-27\"/></ItemGroupData>"
            + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
            + "<ItemData ItemOID=\"I.LB_ESR\" Value=\"20\"/>"
            + "<ItemData ItemOID=\"I.LB_CRP\" Value=\""
            + crp
            + "\"/></ItemGroupData></FormData>");
  }

  /** The week-6 anthropometrics: the weight given, height 135 cm. */
  static void importAnthro(
      ApiClient investigator, String child, String type, String weight, String reason) {
    String audit =
        reason.isEmpty()
            ? ""
            : "<AuditRecord><UserRef UserOID=\"U.SITE\"/><LocationRef LocationOID=\"L.SITE\"/>"
                + "<DateTimeStamp>2026-03-02T09:00:00Z</DateTimeStamp><ReasonForChange>"
                + reason
                + "</ReasonForChange></AuditRecord>";
    Answer answer =
        importForm(
            investigator,
            child,
            "SE.WEEK6",
            "<FormData FormOID=\"F.ANTHRO\" TransactionType=\""
                + type
                + "\">"
                + audit
                + "<ItemGroupData ItemGroupOID=\"IG.ANTHRO\">"
                + "<ItemData ItemOID=\"I.ANTHRO_WEIGHT_KG\" Value=\""
                + weight
                + "\"/><ItemData ItemOID=\"I.ANTHRO_HEIGHT_CM\" Value=\"135.0\"/>"
                + "</ItemGroupData></FormData>");
    assertThat(answer.body()).as(answer.toString()).contains("\"outcome\":\"STORED\"");
  }

  static JsonObject status(ApiClient reader, String child, String event) {
    return statusOf(reader, child, event, "F.LAB");
  }

  static JsonObject statusOf(ApiClient reader, String child, String event, String form) {
    Answer answer = reader.get(formPathOf(child, event, form) + "/status");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static Answer move(ApiClient user, String child, String event, String body) {
    return user.post(formPath(child, event) + "/transitions", body);
  }

  static String formPath(String child, String event) {
    return formPathOf(child, event, "F.LAB");
  }

  static String formPathOf(String child, String event, String form) {
    return STUDY + "subjects/" + child + "/forms/" + event + "/" + form;
  }

  static String sdvVisit(String child, String event) {
    return "{\"subjectKey\": \"" + child + "\", \"event\": \"" + event + "\"}";
  }

  static void closeEveryQuery(ApiClient monitor, String child) {
    Answer answer = monitor.get(STUDY + "queries?subjectKey=" + child);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    for (JsonObject query : answer.jsonArray().getValuesAs(JsonObject.class)) {
      if (!"CLOSED".equals(query.getString("status"))) {
        String path = STUDY + "queries/" + query.getJsonNumber("id").longValue() + "/messages";
        Answer closed = monitor.post(path, "{\"text\": \"Resolved\", \"status\": \"CLOSED\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
      }
    }
  }

  private static Answer importForm(
      ApiClient investigator, String child, String event, String formData) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" ODMVersion=\"1.3.2\""
            + " FileType=\"Transactional\" FileOID=\"MONITORING.SCOPE\""
            + " CreationDateTime=\"2026-03-01T10:00:00Z\">"
            + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">"
            + "<SubjectData SubjectKey=\""
            + child
            + "\"><StudyEventData StudyEventOID=\""
            + event
            + "\">"
            + formData
            + "</StudyEventData></SubjectData></ClinicalData></ODM>";
    Answer answer = investigator.postXml(STUDY + "clinicaldata", xml);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer;
  }
}
