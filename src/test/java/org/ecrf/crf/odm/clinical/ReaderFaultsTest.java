package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One file per fault ({@code src/test/resources/crf/clinical/refused-*.xml}, each with a comment
 * naming its fault, each followed by a correct form F.NEXT): the reader reports the fault with its
 * kind, effect, line, column and sentence, refuses exactly the data it concerns, and still delivers
 * the forms after it.
 */
class ReaderFaultsTest {

  @ParameterizedTest(name = "{0} lenient={1}: {2} at {4}:{5}")
  @CsvFileSource(resources = "/crf/clinical/reader-faults.csv", numLinesToSkip = 1)
  void reportsTheFaultPreciselyAndReadsOn(
      String file,
      boolean lenient,
      ClinicalFaultKind kind,
      FaultEffect effect,
      int line,
      int column,
      String message,
      int accepted,
      int refused) {
    CollectedForms forms =
        CollectedForms.readResource(file, ReadOptions.defaults().withLenient(lenient));

    List<ClinicalDataFault> all = new ArrayList<>(forms.refusalFaults());
    all.addAll(forms.summary.faults());
    assertThat(all)
        .anySatisfy(
            fault -> {
              assertThat(fault.kind()).isEqualTo(kind);
              assertThat(fault.effect()).isEqualTo(effect);
              assertThat(fault.position()).isEqualTo(new SourcePosition(line, column));
              assertThat(fault.message()).contains(message);
            });
    assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.READ_TO_END);
    assertThat(forms.accepted).hasSize(accepted);
    assertThat(forms.refused).hasSize(refused);
    assertThat(forms.summary.formsAccepted()).isEqualTo(accepted);
    assertThat(forms.summary.formsRefused()).isEqualTo(refused);
    if (accepted > 0) {
      assertThat(forms.accepted.get(accepted - 1).form().formOid()).isEqualTo("F.NEXT");
    }
    assertThat(forms.refusalFaults()).allSatisfy(f -> assertThat(f.kind()).isEqualTo(kind));
  }
}
