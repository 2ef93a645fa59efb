package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TransactionType values: ODM's five, spelled exactly; in a Snapshot file only none or Insert (ODM
 * 1.3.2 specification, ODM element, FileType). Checked on every level that carries one.
 */
class TransactionTypeTest {

  @ParameterizedTest(name = "{0} {1}: accepted {2}")
  @CsvFileSource(resources = "/crf/clinical/transaction-types.csv", numLinesToSkip = 1)
  void acceptsOnlyOdmTransactionTypesAllowedInTheFile(
      String fileType, String transactionType, boolean accepted, String reason) {
    for (String level : new String[] {"SubjectData", "FormData", "ItemGroupData", "ItemData"}) {
      CollectedForms forms = CollectedForms.read(document(fileType, level, transactionType));

      assertThat(forms.accepted).as(level).hasSize(accepted ? 1 : 0);
      assertThat(forms.refused).as(level).hasSize(accepted ? 0 : 1);
      if (!accepted) {
        assertThat(forms.refused.get(0).faults())
            .singleElement()
            .satisfies(
                fault -> {
                  assertThat(fault.kind()).isEqualTo(ClinicalFaultKind.TRANSACTION_TYPE);
                  assertThat(fault.message()).startsWith(level).contains(reason);
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TransactionType.class)
  void readsTheTypeThatWasWritten(TransactionType type) {
    String xml = document("Transactional", "ItemData", type.odmName());

    ItemData item = CollectedForms.read(xml).accepted.get(0).itemGroups().get(0).items().get(0);

    assertThat(item.transactionType()).contains(type);
  }

  @ParameterizedTest
  @CsvSource({
    "Insert,INSERT",
    "Update,UPDATE",
    "Remove,REMOVE",
    "Upsert,UPSERT",
    "Context,CONTEXT"
  })
  void namesEachOdmValue(String odm, TransactionType type) {
    assertThat(TransactionType.fromOdm(odm)).contains(type);
    assertThat(type.odmName()).isEqualTo(odm);
  }

  @ParameterizedTest
  @CsvSource({"insert", "INSERT", "Delete", "' Insert'", "''"})
  void namesNothingElse(String value) {
    assertThat(TransactionType.fromOdm(value)).isEqualTo(Optional.empty());
  }

  /** One form whose {@code level} element carries the transaction type. */
  private static String document(String fileType, String level, String transactionType) {
    String attribute =
        switch (transactionType) {
          case "(absent)" -> "";
          case "(empty)" -> " TransactionType=\"\"";
          default -> " TransactionType=\"" + transactionType + "\"";
        };
    String xml = OdmText.oneForm(OdmText.item("I.X", "1")).replace("Transactional", fileType);
    String tag = level.equals("SubjectData") ? "<SubjectData SubjectKey=\"001-0001\"" : "<" + level;
    int at = xml.indexOf(tag) + tag.length();
    return xml.substring(0, at) + attribute + xml.substring(at);
  }
}
