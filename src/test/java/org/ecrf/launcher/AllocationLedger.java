package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The places of the allocation list in force that children hold, as stored. */
final class AllocationLedger {

  private record Slot(String stratum, int sequence, String arm, String subjectKey) {}

  private final List<Slot> slots;

  private AllocationLedger(List<Slot> slots) {
    this.slots = slots;
  }

  static AllocationLedger read(TwoInstances cluster) throws SQLException {
    List<Slot> slots = new ArrayList<>();
    try (Connection connection = cluster.connectAsOwner();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT s.stratum_key, s.sequence_number, s.arm_code, j.subject_key"
                    + " FROM allocation_slot s JOIN allocation_list l ON l.id = s.list_id"
                    + " JOIN subject j ON j.id = s.subject_id"
                    + " WHERE l.in_force AND l.study_oid = 'TOPIT'"
                    + " ORDER BY s.stratum_key, s.sequence_number");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        slots.add(
            new Slot(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4)));
      }
    }
    return new AllocationLedger(slots);
  }

  /** Each stratum's held places are its first ones, in list order: none twice, none skipped. */
  void requireEveryStratumTakenInOrderWithoutGaps() {
    Map<String, List<Slot>> strata = slots.stream().collect(Collectors.groupingBy(Slot::stratum));
    strata.forEach(
        (stratum, held) ->
            assertThat(held)
                .as("places held in stratum " + stratum)
                .extracting(Slot::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, held.size()).boxed().toList()));
    assertThat(slots).extracting(Slot::subjectKey).doesNotHaveDuplicates();
  }

  Set<String> strataOf(Collection<String> children) {
    return slots.stream()
        .filter(slot -> children.contains(slot.subjectKey()))
        .map(Slot::stratum)
        .collect(Collectors.toSet());
  }

  String armOf(String child) {
    Map<String, String> arms = new HashMap<>();
    slots.forEach(slot -> arms.put(slot.subjectKey(), slot.arm()));
    assertThat(arms).as("a place held by " + child).containsKey(child);
    return arms.get(child);
  }
}
