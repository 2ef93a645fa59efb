package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixBodiesTest {

  @Test
  void fillsEachVariableOnceWithoutReadingTheValuesForVariables() {
    String filled =
        MatrixBodies.fill(
            MatrixBodies.template("sdv-visit"),
            Map.of("subject", "POT-0007 ${site}", "site", "BER"));

    assertThat(filled).isEqualTo("{\"subjectKey\": \"POT-0007 ${site}\", \"event\": \"SE.WEEK6\"}");
  }

  @Test
  void aVariableTheFixtureDoesNotHaveIsNamed() {
    assertThatThrownBy(() -> MatrixBodies.fill("studies/${nothing}", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("${nothing}");
  }

  @Test
  void anUnknownBodyNameIsRefused() {
    assertThatThrownBy(() -> MatrixBodies.template("no-such-body"))
        .hasMessageContaining("no-such-body");
  }
}
