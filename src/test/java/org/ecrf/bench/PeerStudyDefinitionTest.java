package org.ecrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecrf.crf.application.PlatformAlgorithms;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.InputControl;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.odm.CrfDefinitionValidator;
import org.ecrf.crf.odm.ValidationOptions;
import org.ecrf.crf.odm.ValidationReport;
import org.junit.jupiter.api.Test;

class PeerStudyDefinitionTest {

  private static ValidationReport report() throws IOException {
    return new CrfDefinitionValidator(new PlatformAlgorithms())
        .validate(PeerStudy.definition(), PeerStudy.FILE_NAME, ValidationOptions.strict());
  }

  @Test
  void thePeerStudyPassesTheStrictValidatorWithoutAnyFault() throws IOException {
    ValidationReport report = report();

    assertThat(report.faults()).isEmpty();
    assertThat(report.definition()).isPresent();
  }

  @Test
  void thePeerStudyHasThreeVisitsWithTheOneFormEach() throws IOException {
    StudyDefinition definition = report().definition().orElseThrow();

    assertThat(definition.header().studyOid()).isEqualTo(PeerStudy.STUDY);
    assertThat(definition.events())
        .extracting(StudyEventDef::oid)
        .containsExactlyElementsOf(PeerStudy.VISITS);
    assertThat(definition.forms()).extracting(FormDef::oid).containsExactly(PeerStudy.FORM);
  }

  @Test
  void thePeerFormHasTheTenItemsOfTheAgreedShape() throws IOException {
    StudyDefinition definition = report().definition().orElseThrow();
    Map<DataType, Long> types =
        definition.items().stream()
            .filter(item -> item.codeListOid().isEmpty())
            .collect(Collectors.groupingBy(ItemDef::dataType, Collectors.counting()));
    Map<InputControl, ItemDef> choices =
        definition.items().stream()
            .filter(item -> item.presentation().control().isPresent())
            .collect(
                Collectors.toMap(item -> item.presentation().control().get(), Function.identity()));

    assertThat(definition.items()).hasSize(10);
    assertThat(types)
        .containsOnly(
            Map.entry(DataType.DATE, 1L),
            Map.entry(DataType.INTEGER, 3L),
            Map.entry(DataType.FLOAT, 3L),
            Map.entry(DataType.TEXT, 1L));
    assertThat(choices).containsOnlyKeys(InputControl.RADIO, InputControl.SELECT);
    assertThat(definition.items())
        .filteredOn(item -> item.dataType() == DataType.FLOAT)
        .allSatisfy(item -> assertThat(item.domain().rangeChecks()).hasSize(2));
  }
}
