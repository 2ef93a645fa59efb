package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeActionTest {

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource({
    "FREEZE, IN_PROGRESS, FROZEN",
    "FREEZE, COMPLETE, FROZEN",
    "FREEZE, VERIFIED, FROZEN",
    "FREEZE, SIGNED, FROZEN",
    "FREEZE, FROZEN, ''",
    "FREEZE, LOCKED, ''",
    "LOCK, IN_PROGRESS, FROZEN LOCKED",
    "LOCK, SIGNED, FROZEN LOCKED",
    "LOCK, FROZEN, LOCKED",
    "LOCK, LOCKED, ''",
    "UNLOCK, IN_PROGRESS, ''",
    "UNLOCK, SIGNED, ''",
    "UNLOCK, FROZEN, IN_PROGRESS",
    "UNLOCK, LOCKED, IN_PROGRESS"
  })
  void leadsEachFormWhereTheActionGoesByMovesTheLifecycleAllows(
      ScopeAction action, FormStatus from, String expected) {
    List<FormStatus> moves = action.movesFrom(from);

    assertThat(moves)
        .containsExactlyElementsOf(
            Arrays.stream(expected.split(" "))
                .filter(name -> !name.isEmpty())
                .map(FormStatus::valueOf)
                .toList());
    FormStatus current = from;
    for (FormStatus move : moves) {
      assertThat(FormLifecycle.offers(current, move, EnumSet.of(Role.DATA_MANAGER)))
          .as(current + " -> " + move)
          .isTrue();
      current = move;
    }
  }
}
