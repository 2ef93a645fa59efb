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
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDeployments;
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

  private TopitChildren topit;

  @BeforeEach
  void children() {
    topit = new TopitChildren(deployment);
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void theEligibilityFormBlocksRandomisationWithTheCriterionUntilItSaysEligible() {
    String child = topit.register("inv.pot", "POT", "CD");
    topit.importOdm("inv.pot", TopitChildren.eligibility(List.of(child), "Y", "Insert", null));

    Answer refused = topit.randomise("inv.pot", child);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("I.EXCL_INFECTION").contains("exclusion criterion applies");

    topit.importOdm(
        "inv.pot", TopitChildren.eligibility(List.of(child), "N", "Update", "Infection ruled out"));
    Answer allocated = topit.randomise("inv.pot", child);
    assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
    assertThat(allocated.json().getString("arm")).isIn("TDM", "STANDARD");
    assertThat(topit.randomise("inv.pot", child).json().getString("arm"))
        .isEqualTo(allocated.json().getString("arm"));
  }

  @Test
  void twoHundredConcurrentRequestsForAHundredChildrenGiveAHundredAllocationsInListOrder()
      throws Exception {
    List<String> children = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      children.add(topit.register("inv.pot", "POT", i % 2 == 0 ? "CD" : "UC"));
      children.add(topit.register("inv.ber", "BER", i % 2 == 0 ? "UC" : "CD"));
    }
    topit.importOdm(
        "inv.pot",
        TopitChildren.eligibility(
            children.stream().filter(c -> c.startsWith("POT")).toList(), "N", "Insert", null));
    topit.importOdm(
        "inv.ber",
        TopitChildren.eligibility(
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
                    Answer answer = topit.randomise(user, child);
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
    String child = topit.register("inv.pot", "POT", "UC");
    topit.importOdm("inv.pot", TopitChildren.infusion(child, "SE.WEEK0", "2026-03-02"));
    JsonObject before = topit.schedule("inv.pot", child);
    assertThat(before.getString("anchor")).isEqualTo("2026-03-02");
    assertThat(planned(before, "SE.WEEK2")).isEqualTo("2026-03-16");
    assertThat(planned(before, "SE.WEEK6")).isEqualTo("2026-04-13");

    topit.importOdm("inv.pot", TopitChildren.infusion(child, "SE.WEEK2", "2026-03-13"));

    JsonObject after = topit.schedule("inv.pot", child);
    assertThat(planned(after, "SE.WEEK2")).isEqualTo("2026-03-16");
    assertThat(TopitChildren.visit(after, "SE.WEEK2").getString("status")).isEqualTo("DONE");
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

  private static String planned(JsonObject schedule, String oid) {
    return TopitChildren.visit(schedule, oid).getString("plannedDate");
  }
}
