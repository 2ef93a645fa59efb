package org.ecrf.subject;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.AuditRow;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.PageSession;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two ways a child's record says that something did not happen, through the API against
 * MariaDB: a screening failure (kept, counted, final, audited with its reason) and a planned visit
 * marked missed (no longer overdue, closed to data until the mark is taken back, audited both
 * ways).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningFailureAndMissedVisitIT {

  private static final String STUDY = TopitChildren.STUDY;

  @ArquillianResource private URL deployment;

  private TopitChildren topit;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @BeforeEach
  void children() {
    topit = new TopitChildren(deployment);
  }

  @Test
  void aScreeningFailureIsRecordedWithItsReasonAndEndsTheChildsWayToRandomisation()
      throws Exception {
    String child = topit.register("nurse.pot", "POT", "CD");
    String path = STUDY + "subjects/" + child + "/screening-failure";

    Answer withoutReason = topit.api("nurse.pot").post(path, "{\"reason\": \"  \"}");
    assertThat(withoutReason.status()).as(withoutReason.body()).isEqualTo(400);
    assertThat(withoutReason.json().getString("field")).isEqualTo("reason");
    assertThat(topit.api("monitor").post(path, "{\"reason\": \"x\"}").status()).isEqualTo(403);
    assertThat(topit.api("inv.ber").post(path, "{\"reason\": \"x\"}").status()).isEqualTo(404);

    Answer failed =
        topit.api("nurse.pot").post(path, "{\"reason\": \"Prior anti-TNF treatment found\"}");
    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
    assertThat(failed.json().getString("status")).isEqualTo("SCREEN_FAILED");
    assertThat(failed.json().getString("statusReason")).isEqualTo("Prior anti-TNF treatment found");

    Answer again = topit.api("nurse.pot").post(path, "{\"reason\": \"twice\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("SCREEN_FAILED");
    Answer randomise = topit.randomise("inv.pot", child);
    assertThat(randomise.status()).isEqualTo(409);
    assertThat(topit.api("dm").get(STUDY + "subjects/" + child).json().getString("status"))
        .isEqualTo("SCREEN_FAILED");
    assertThat(ItDatabase.auditEventsAbout("TOPIT/" + child))
        .filteredOn(row -> row.type().equals("SUBJECT_STATUS_CHANGED"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.actor()).isEqualTo("nurse.pot");
              assertThat(row.reason()).isEqualTo("Prior anti-TNF treatment found");
            });
  }

  @Test
  void aRandomisedChildCannotFailScreening() {
    String child = topit.randomised("inv.pot", "POT", "UC");

    Answer answer =
        topit
            .api("inv.pot")
            .post(STUDY + "subjects/" + child + "/screening-failure", "{\"reason\": \"late\"}");

    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.body()).contains("RANDOMISED");
  }

  @Test
  void aMissedVisitLeavesTheOverdueListTakesNoDataAndCanBeTakenBack() throws Exception {
    String child = topit.randomised("inv.pot", "POT", "UC");
    topit.importOdm("inv.pot", TopitChildren.infusion(child, "SE.WEEK0", "2026-03-02"));
    String missed = STUDY + "subjects/" + child + "/visits/SE.WEEK2/missed";

    Answer marked =
        topit.api("nurse.pot").post(missed, "{\"reason\": \"Family on holiday, visit cancelled\"}");

    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    assertThat(TopitChildren.visit(marked.json(), "SE.WEEK2").getString("status"))
        .isEqualTo("MISSED");
    assertThat(TopitChildren.visit(marked.json(), "SE.WEEK2").getString("plannedDate"))
        .as("a missed visit keeps its planned date")
        .isEqualTo("2026-03-16");
    Answer entry =
        topit
            .api("inv.pot")
            .postXml(
                STUDY + "clinicaldata", TopitChildren.infusion(child, "SE.WEEK2", "2026-03-16"));
    assertThat(entry.json().getJsonObject("counts").getInt("formsRefused"))
        .as("a missed visit takes no data: " + entry.body())
        .isEqualTo(1);
    assertThat(entry.body()).contains("marked missed");
    assertThat(topit.api("nurse.pot").post(missed, "{\"reason\": \"again\"}").status())
        .isEqualTo(409);

    Answer revoked =
        topit
            .api("inv.pot")
            .post(missed + "/revocation", "{\"reason\": \"Visit took place, marked by mistake\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(TopitChildren.visit(revoked.json(), "SE.WEEK2").getString("status"))
        .isNotEqualTo("MISSED");
    topit.importOdm("inv.pot", TopitChildren.infusion(child, "SE.WEEK2", "2026-03-16"));
    JsonObject schedule = topit.schedule("inv.pot", child);
    assertThat(TopitChildren.visit(schedule, "SE.WEEK2").getString("status")).isEqualTo("DONE");

    assertThat(ItDatabase.auditEventsAbout("TOPIT/" + child + "/SE.WEEK2[1]"))
        .filteredOn(row -> row.type().startsWith("VISIT_MISSED"))
        .extracting(AuditRow::type, AuditRow::actor, AuditRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "VISIT_MISSED", "nurse.pot", "Family on holiday, visit cancelled"),
            org.assertj.core.groups.Tuple.tuple(
                "VISIT_MISSED_REVOKED", "inv.pot", "Visit took place, marked by mistake"));
  }

  @Test
  void onlyPlannedVisitsWithoutDataOfRandomisedChildrenCanBeMissed() {
    String randomised = topit.randomised("inv.pot", "POT", "CD");
    topit.importOdm("inv.pot", TopitChildren.infusion(randomised, "SE.WEEK0", "2026-03-02"));
    String screening = topit.register("inv.pot", "POT", "CD");
    String reason = "{\"reason\": \"not seen\"}";

    Answer tookPlace = missVisit("inv.pot", randomised, "SE.WEEK0", reason);
    assertThat(tookPlace.status()).as(tookPlace.body()).isEqualTo(409);
    assertThat(tookPlace.body()).contains("took place");
    Answer screeningVisit = missVisit("inv.pot", randomised, "SE.SCREENING", reason);
    assertThat(screeningVisit.status()).as(screeningVisit.body()).isEqualTo(400);
    assertThat(missVisit("inv.pot", randomised, "SE.NO_SUCH_VISIT", reason).status())
        .isEqualTo(400);
    assertThat(missVisit("inv.pot", screening, "SE.WEEK2", reason).status()).isEqualTo(409);
    assertThat(missVisit("monitor", randomised, "SE.WEEK2", reason).status()).isEqualTo(403);
    assertThat(missVisit("inv.ber", randomised, "SE.WEEK2", reason).status()).isEqualTo(404);
    assertThat(missVisit("inv.pot", randomised, "SE.WEEK2", "{}").status()).isEqualTo(400);
  }

  @Test
  void theSubjectPageOffersTheMissedMarkToSiteStaffOnly() throws Exception {
    String child = topit.randomised("inv.pot", "POT", "UC");
    topit.importOdm("inv.pot", TopitChildren.infusion(child, "SE.WEEK0", "2026-03-02"));
    String page = "subjects/subject.xhtml?study=TOPIT&subject=" + child;

    String forInvestigator =
        PageSession.signIn(deployment, "inv.pot", ApiClient.DEMO_PASSWORD).get(page).body();
    String forMonitor =
        PageSession.signIn(deployment, "monitor", ApiClient.DEMO_PASSWORD).get(page).body();

    assertThat(forInvestigator).contains("Mark missed").doesNotContain("Record screening failure");
    assertThat(forMonitor).doesNotContain("Mark missed");
    missVisit("inv.pot", child, "SE.WEEK6", "{\"reason\": \"Child unwell <b>fever</b>\"}");
    String afterwards =
        PageSession.signIn(deployment, "inv.pot", ApiClient.DEMO_PASSWORD).get(page).body();
    assertThat(afterwards)
        .contains("Child unwell &lt;b&gt;fever&lt;/b&gt;")
        .doesNotContain("<b>fever</b>")
        .contains("Take back");
  }

  private Answer missVisit(String user, String child, String visit, String body) {
    return topit.api(user).post(STUDY + "subjects/" + child + "/visits/" + visit + "/missed", body);
  }
}
