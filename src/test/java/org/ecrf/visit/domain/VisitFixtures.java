package org.ecrf.visit.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The TOPIT-like visits of {@code /visit/topit-like-visits.csv}, for the schedule tests. */
final class VisitFixtures {

  private VisitFixtures() {}

  static List<VisitDefinition> topitLikeVisits() {
    List<VisitDefinition> visits = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                VisitFixtures.class.getResourceAsStream("/visit/topit-like-visits.csv"),
                StandardCharsets.UTF_8))) {
      reader
          .lines()
          .skip(1)
          .map(line -> line.split(",", -1))
          .forEach(cells -> visits.add(visit(cells)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return visits;
  }

  private static VisitDefinition visit(String[] cells) {
    VisitKind kind = VisitKind.valueOf(cells[2]);
    Optional<PlannedOffset> timing =
        cells[3].isEmpty()
            ? Optional.empty()
            : Optional.of(
                new PlannedOffset(
                    Integer.parseInt(cells[3]),
                    Integer.parseInt(cells[4]),
                    Integer.parseInt(cells[5])));
    return new VisitDefinition(cells[0], cells[1], kind, timing, Boolean.parseBoolean(cells[6]));
  }
}
