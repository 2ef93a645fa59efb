package org.ecrf.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Eligibility, allocation and the visit schedule through the public API against MariaDB: the
 * eligibility form (imported as ODM) blocks randomisation with the criterion that blocks; 200
 * concurrent requests for 100 eligible children give exactly 100 allocations that take each
 * stratum's list slots in order, with no gaps and no slot twice; an infusion given early moves the
 * later visits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllocationUnderLoadIT {

  private static final String STUDY = "api/v1/studies/TOPIT/";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void theEligibilityFormBlocksRandomisationWithTheCriterionUntilItSaysEligible() {
    String child = register("inv.pot", "POT", "CD");
    importOdm("inv.pot", eligibility(List.of(child), "Y", "Insert", null));

    Answer refused = randomise("inv.pot", child);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("I.EXCL_INFECTION").contains("exclusion criterion applies");

    importOdm("inv.pot", eligibility(List.of(child), "N", "Update", "Infection ruled out"));
    Answer allocated = randomise("inv.pot", child);
    assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
    assertThat(allocated.json().getString("arm")).isIn("TDM", "STANDARD");
    assertThat(randomise("inv.pot", child).json().getString("arm"))
        .isEqualTo(allocated.json().getString("arm"));
  }

  @Test
  void twoHundredConcurrentRequestsForAHundredChildrenGiveAHundredAllocationsInListOrder()
      throws Exception {
    List<String> children = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      children.add(register("inv.pot", "POT", i % 2 == 0 ? "CD" : "UC"));
      children.add(register("inv.ber", "BER", i % 2 == 0 ? "UC" : "CD"));
    }
    importOdm(
        "inv.pot",
        eligibility(
            children.stream().filter(c -> c.startsWith("POT")).toList(), "N", "Insert", null));
    importOdm(
        "inv.ber",
        eligibility(
            children.stream().filter(c -> c.startsWith("BER")).toList(), "N", "Insert", null));

    Map<String, List<String>> armsGiven = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String child : children) {
          String user = child.startsWith("POT") ? "inv.pot" : "inv.ber";
          answers.add(
              pool.submit(
                  () -> {
                    Answer answer = randomise(user, child);
                    if (answer.status() == 200) {
                      armsGiven
                          .computeIfAbsent(
                              child, c -> new java.util.concurrent.CopyOnWriteArrayList<>())
                          .add(answer.json().getString("arm"));
                    }
                    return answer;
                  }));
        }
      }
      for (Future<Answer> answer : answers) {
        assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(armsGiven).hasSize(100);
    armsGiven.forEach(
        (child, arms) -> assertThat(arms).as(child).hasSize(2).containsOnly(arms.get(0)));
    Map<String, List<Slot>> slots = allocatedSlotsByStratum();
    Map<String, String> armOfSlotHolder = new HashMap<>();
    for (List<Slot> stratum : slots.values()) {
      assertThat(stratum)
          .as("allocated slots of a stratum are the first ones of the list, without gaps")
          .extracting(Slot::sequence)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, stratum.size()).boxed().toList());
      stratum.forEach(slot -> armOfSlotHolder.put(slot.subjectKey(), slot.arm()));
    }
    children.forEach(
        child ->
            assertThat(armsGiven.get(child).get(0))
                .as(child)
                .isEqualTo(armOfSlotHolder.get(child)));
  }

  @Test
  void anInfusionGivenEarlyMovesTheLaterVisits() {
    String child = register("inv.pot", "POT", "UC");
    importOdm("inv.pot", infusion(child, "SE.WEEK0", "2026-03-02"));
    JsonObject before = schedule(child);
    assertThat(before.getString("anchor")).isEqualTo("2026-03-02");
    assertThat(planned(before, "SE.WEEK2")).isEqualTo("2026-03-16");
    assertThat(planned(before, "SE.WEEK6")).isEqualTo("2026-04-13");

    importOdm("inv.pot", infusion(child, "SE.WEEK2", "2026-03-13"));

    JsonObject after = schedule(child);
    assertThat(planned(after, "SE.WEEK2")).isEqualTo("2026-03-16");
    assertThat(visit(after, "SE.WEEK2").getString("status")).isEqualTo("DONE");
    assertThat(planned(after, "SE.WEEK6"))
        .isEqualTo(LocalDate.of(2026, 3, 13).plusDays(28).toString());
    assertThat(planned(after, "SE.WEEK14"))
        .isEqualTo(LocalDate.of(2026, 3, 13).plusDays(28 + 56).toString());
  }

  private record Slot(int sequence, String arm, String subjectKey) {}

  private static Map<String, List<Slot>> allocatedSlotsByStratum() throws SQLException {
    Map<String, List<Slot>> strata = new HashMap<>();
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT s.stratum_key, s.sequence_number, s.arm_code, j.subject_key"
                    + " FROM allocation_slot s JOIN allocation_list l ON l.id = s.list_id"
                    + " JOIN subject j ON j.id = s.subject_id"
                    + " WHERE l.in_force AND l.study_oid = 'TOPIT'"
                    + " ORDER BY s.stratum_key, s.sequence_number");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        strata
            .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
            .add(new Slot(rows.getInt(2), rows.getString(3), rows.getString(4)));
      }
    }
    return strata;
  }

  private String register(String user, String site, String diagnosis) {
    Answer answer =
        api(user)
            .post(
                STUDY + "subjects",
                "{\"site\": \""
                    + site
                    + "\", \"birthMonth\": \"2013-06\", \"sex\": \"F\", \"diagnosis\": \""
                    + diagnosis
                    + "\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getString("subjectKey");
  }

  private Answer randomise(String user, String child) {
    return api(user).post(STUDY + "subjects/" + child + "/randomisation", "{}");
  }

  private JsonObject schedule(String child) {
    Answer answer = api("inv.pot").get(STUDY + "subjects/" + child + "/schedule");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static JsonObject visit(JsonObject schedule, String oid) {
    return schedule.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("oid").equals(oid))
        .findFirst()
        .orElseThrow();
  }

  private static String planned(JsonObject schedule, String oid) {
    return visit(schedule, oid).getString("plannedDate");
  }

  private void importOdm(String user, String odm) {
    Answer answer = api(user).postXml(STUDY + "clinicaldata", odm);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getJsonObject("counts").getInt("formsRefused"))
        .as(answer.body())
        .isZero();
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  /** The eligibility form: every inclusion met, consent given, one exclusion as given. */
  private static String eligibility(
      List<String> children, String infection, String transaction, String reason) {
    StringBuilder subjects = new StringBuilder();
    for (String child : children) {
      subjects.append(
          """
              <SubjectData SubjectKey="%s">
                <StudyEventData StudyEventOID="SE.SCREENING">
                  <FormData FormOID="F.ELIGIBILITY" TransactionType="%s">%s
                    <ItemGroupData ItemGroupOID="IG.CONSENT">
                      <ItemData ItemOID="I.CONSENT_GIVEN" Value="Y"/>
                      <ItemData ItemOID="I.CONSENT_DATE" Value="2026-01-05"/>
                      <ItemData ItemOID="I.ASSENT_OBTAINED" Value="Y"/>
                      <ItemData ItemOID="I.ASSENT_DATE" Value="2026-01-05"/>
                    </ItemGroupData>
                    <ItemGroupData ItemGroupOID="IG.INCLUSION">
                      <ItemData ItemOID="I.INCL_AGE" Value="Y"/>
                      <ItemData ItemOID="I.INCL_DIAGNOSIS" Value="Y"/>
                      <ItemData ItemOID="I.INCL_IFX_START" Value="Y"/>
                      <ItemData ItemOID="I.INCL_FOLLOW_UP" Value="Y"/>
                    </ItemGroupData>
                    <ItemGroupData ItemGroupOID="IG.EXCLUSION">
                      <ItemData ItemOID="I.EXCL_PRIOR_ANTI_TNF" Value="N"/>
                      <ItemData ItemOID="I.EXCL_INFECTION" Value="%s"/>
                      <ItemData ItemOID="I.EXCL_ABSCESS" Value="N"/>
                      <ItemData ItemOID="I.EXCL_SURGERY_PLANNED" Value="N"/>
                      <ItemData ItemOID="I.EXCL_MALIGNANCY" Value="N"/>
                      <ItemData ItemOID="I.EXCL_HYPERSENSITIVITY" Value="N"/>
                      <ItemData ItemOID="I.EXCL_PREGNANCY" Value="N"/>
                      <ItemData ItemOID="I.EXCL_OTHER_TRIAL" Value="N"/>
                    </ItemGroupData>
                  </FormData>
                </StudyEventData>
              </SubjectData>
          """
              .formatted(
                  child,
                  transaction,
                  reason == null
                      ? ""
                      : "\n<AuditRecord><UserRef UserOID=\"U.IT\"/><LocationRef LocationOID=\"L.IT\"/>"
                          + "<DateTimeStamp>2026-03-01T10:00:00Z</DateTimeStamp>"
                          + "<ReasonForChange>"
                          + reason
                          + "</ReasonForChange></AuditRecord>",
                  infection));
    }
    return odm(subjects.toString());
  }

  private static String infusion(String child, String visit, String date) {
    return odm(
        """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="%s">
                <FormData FormOID="F.INFUSION" TransactionType="Insert">
                  <ItemGroupData ItemGroupOID="IG.INF_ADMIN">
                    <ItemData ItemOID="I.INF_DATE" Value="%s"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
        """
            .formatted(child, visit, date));
  }

  private static String odm(String subjects) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Transactional"
             FileOID="IT.RANDOMISATION" CreationDateTime="2026-03-01T10:00:00Z">
          <ClinicalData StudyOID="TOPIT" MetaDataVersionOID="MDV.1">
        %s
          </ClinicalData>
        </ODM>
        """
        .formatted(subjects);
  }
}
