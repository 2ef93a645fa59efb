package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.TopitChildren;

/**
 * The real things the matrix calls about, made through the API as the study would make them, once
 * per run: at each demo site a randomised child with a week-6 laboratory form and a query on its
 * visit (by the monitor), a child only registered (for a screening failure) and one only registered
 * for the data manager to freeze; for the whole study an account to administer, a finished export
 * of the data manager's, the stored study definition and the randomisation list in force.
 */
final class MatrixFixture {

  private static final String STUDY = TopitChildren.STUDY;

  private final Map<String, String> global;
  private final Map<String, Map<String, String>> bySite;

  private MatrixFixture(Map<String, String> global, Map<String, Map<String, String>> bySite) {
    this.global = global;
    this.bySite = bySite;
  }

  static MatrixFixture create(URL deployment) {
    TopitChildren children = new TopitChildren(deployment);
    Map<String, Map<String, String>> bySite = new HashMap<>();
    bySite.put("BER", site(children, "inv.ber", "BER"));
    bySite.put("POT", site(children, "inv.pot", "POT"));
    Map<String, String> global = new HashMap<>();
    global.put("user", administeredUser(children.api("admin")));
    global.put("export", finishedExport(children.api("dm")));
    Answer definition = children.api("dm").getXml(STUDY + "metadata");
    assertThat(definition.status()).as(definition.toString()).isEqualTo(200);
    global.put("definition", definition.body());
    Answer list = children.api("sponsor").getWithAccept(STUDY + "randomisation/list", "text/csv");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    global.put("allocationList", list.body());
    return new MatrixFixture(global, bySite);
  }

  /** The variables of a call about the site ({@code null}: a call about no site). */
  Map<String, String> variables(String site) {
    Map<String, String> variables = new HashMap<>(global);
    if (site != null) {
      variables.putAll(bySite.get(site));
    }
    return variables;
  }

  /** The ODM file of a week-N laboratory form (sample date, ESR 20, CRP 20 mg/L). */
  static String lab(String subjectKey, String event, String transactionType) {
    return TopitChildren.odm(
        """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="%s">
                <FormData FormOID="F.LAB" TransactionType="%s">
                  <ItemGroupData ItemGroupOID="IG.LB_SAMPLE">
                    <ItemData ItemOID="I.LB_DATE" Value="2026-02-27"/>
                  </ItemGroupData>
                  <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                    <ItemData ItemOID="I.LB_ESR" Value="20"/>
                    <ItemData ItemOID="I.LB_CRP" Value="20"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
        """
            .formatted(subjectKey, event, transactionType));
  }

  private static Map<String, String> site(
      TopitChildren children, String investigator, String site) {
    String subject = children.randomised(investigator, site, "CD");
    children.importOdm(investigator, lab(subject, "SE.WEEK6", "Insert"));
    Answer query =
        children
            .api("monitor")
            .post(
                STUDY + "queries",
                "{\"subjectKey\": \"%s\", \"event\": \"SE.WEEK6\", \"text\": \"Matrix fixture\"}"
                    .formatted(subject));
    assertThat(query.status()).as(query.toString()).isEqualTo(201);
    Map<String, String> variables = new HashMap<>();
    variables.put("site", site);
    variables.put("subject", subject);
    variables.put("query", String.valueOf(query.json().getJsonNumber("id").longValue()));
    variables.put("screeningSubject", children.register(investigator, site, "UC"));
    variables.put("lockSubject", children.register(investigator, site, "UC"));
    return variables;
  }

  /** An account for the administration calls, holding SPONSOR so that a revocation has one. */
  private static String administeredUser(ApiClient admin) {
    String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        admin.post(
            "api/v1/users",
            "{\"username\": \"%s\", \"displayName\": \"Matrix fixture\",".formatted(username)
                + " \"password\": \"matrix fixture password\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Answer granted = admin.post("api/v1/users/" + username + "/roles", "{\"role\": \"SPONSOR\"}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return username;
  }

  /** A Define-XML export of the data manager's, waited for until it is done. */
  private static String finishedExport(ApiClient dataManager) {
    Answer queued = dataManager.post(STUDY + "exports", "{\"kind\": \"DEFINE\"}");
    assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
    String id = String.valueOf(queued.json().getJsonNumber("id").longValue());
    String status = awaitJob(dataManager, STUDY + "exports/" + id);
    assertThat(status).as("export " + id).isEqualTo("DONE");
    return id;
  }

  /**
   * Waits until the job at {@code path} (an export) is finished; answers its last status. The
   * matrix waits for every job a call queues, so that the job's audit events belong to that call.
   */
  static String awaitJob(ApiClient client, String path) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      Answer job = client.get(path);
      String status = job.status() == 200 ? job.json().getString("status") : "HTTP " + job.status();
      if (!List.of("QUEUED", "RUNNING").contains(status) || Instant.now().isAfter(deadline)) {
        return status;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return status;
      }
    }
  }
}
