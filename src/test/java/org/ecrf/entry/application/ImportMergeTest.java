package org.ecrf.entry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecrf.entry.application.ImportFixtures.audit;
import static org.ecrf.entry.application.ImportFixtures.file;
import static org.ecrf.entry.application.ImportFixtures.form;
import static org.ecrf.entry.application.ImportFixtures.only;
import static org.ecrf.entry.application.ImportFixtures.topit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.entry.application.ImportPlan.GroupAction;
import org.ecrf.entry.application.ImportPlan.ItemAction;
import org.ecrf.entry.application.ImportPlan.PlannedGroup;
import org.ecrf.entry.application.ImportPlan.PlannedItem;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Laying an imported ODM form over the stored one: the transaction types at each level, the merge
 * item by item, rows removed, units, and the one reason for change.
 */
class ImportMergeTest {

  private static final ItemGroupKey INFLAMMATION = ItemGroupKey.of("IG.LB_INFLAMMATION");
  private static final ItemGroupKey CBC = ItemGroupKey.of("IG.LB_CBC");

  /** A stored F.LAB: CRP 10 mg/L, ESR 20 mm/h; haemoglobin 12 g/dL with its warning confirmed. */
  private static final FormValues STORED_LAB =
      FormValues.builder()
          .value(INFLAMMATION, "I.LB_CRP", EnteredValue.of("10", "MU.MG_L"))
          .value(INFLAMMATION, "I.LB_ESR", EnteredValue.of("20", "MU.MM_H"))
          .value(CBC, "I.LB_HGB", EnteredValue.of("12", "MU.G_DL").confirmed())
          .build();

  @ParameterizedTest(name = "{0} form {1} event {2}, started {3}: refused {4}")
  @CsvFileSource(resources = "/entry/clinicaldata/form-transaction-types.csv", numLinesToSkip = 1)
  void appliesTheFormsTransactionType(
      String fileType,
      String formType,
      String eventType,
      boolean started,
      boolean refused,
      String message) {
    String xml =
        file(
            fileType,
            eventType == null ? "" : " TransactionType=\"" + eventType + "\"",
            "<FormData FormOID=\"F.LAB\""
                + (formType == null ? "" : " TransactionType=\"" + formType + "\"")
                + "><ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
                + "<ItemData ItemOID=\"I.LB_CRP\" Value=\"12\"/></ItemGroupData></FormData>");

    ImportPlan plan = plan(only(xml), started ? STORED_LAB : FormValues.empty(), started);

    assertThat(plan.refused()).as(messages(plan).toString()).isEqualTo(refused);
    if (refused) {
      assertThat(messages(plan)).anySatisfy(text -> assertThat(text).contains(message));
    }
  }

  @ParameterizedTest(name = "item {0}, value stored {1}, IsNull {2}: {3}")
  @CsvFileSource(resources = "/entry/clinicaldata/item-transaction-types.csv", numLinesToSkip = 1)
  void checksAnItemsOwnTransactionTypeAgainstWhatIsStored(
      String itemType, boolean valueStored, boolean isNull, ItemAction action, String refusal) {
    String attributes =
        (itemType == null ? "" : " TransactionType=\"" + itemType + "\"")
            + (isNull ? " IsNull=\"Yes\"" : " Value=\"12\"");
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Upsert\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
                + "<ItemData ItemOID=\"I.LB_CRP\""
                + attributes
                + "/></ItemGroupData></FormData>");
    FormValues stored =
        valueStored
            ? STORED_LAB
            : FormValues.builder().value(INFLAMMATION, "I.LB_ESR", EnteredValue.of("20")).build();

    PlannedItem item = plan(submission, stored, true).groups().get(0).items().get(0);

    assertThat(item.action()).isEqualTo(action);
    if (refusal == null) {
      assertThat(item.refusal()).isEmpty();
    } else {
      assertThat(item.refusal()).hasValueSatisfying(text -> assertThat(text).contains(refusal));
    }
  }

  @Test
  void laysTheFilesValuesOverTheStoredFormAndKeepsItemsTheFileDoesNotName() {
    FormDataSubmission submission =
        form(
            """
            <FormData FormOID="F.LAB" TransactionType="Update">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_CRP" Value="1.5">
                  <MeasurementUnitRef MeasurementUnitOID="MU.MG_DL"/>
                </ItemData>
              </ItemGroupData>
              <ItemGroupData ItemGroupOID="IG.LB_STOOL">
                <ItemData ItemOID="I.LB_CALPRO" Value="250"/>
              </ItemGroupData>
            </FormData>""");

    FormValues merged = plan(submission, STORED_LAB, true).values();

    assertThat(merged.value(INFLAMMATION, "I.LB_CRP")).contains(EnteredValue.of("1.5", "MU.MG_DL"));
    assertThat(merged.value(INFLAMMATION, "I.LB_ESR")).contains(EnteredValue.of("20", "MU.MM_H"));
    assertThat(merged.value(CBC, "I.LB_HGB"))
        .contains(EnteredValue.of("12", "MU.G_DL").confirmed());
    assertThat(merged.value(ItemGroupKey.of("IG.LB_STOOL"), "I.LB_CALPRO"))
        .contains(EnteredValue.of("250"));
  }

  @Test
  void clearsAnItemSentAsNull() {
    FormDataSubmission submission =
        form(
            """
            <FormData FormOID="F.LAB" TransactionType="Upsert">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_ESR" IsNull="Yes"/>
              </ItemGroupData>
            </FormData>""");

    FormValues merged = plan(submission, STORED_LAB, true).values();

    assertThat(merged.value(INFLAMMATION, "I.LB_ESR")).contains(EnteredValue.EMPTY);
    assertThat(merged.value(INFLAMMATION, "I.LB_CRP")).contains(EnteredValue.of("10", "MU.MG_L"));
  }

  @Test
  void keepsTheStoredEntryWhenTheFileRepeatsItSoAConfirmedWarningStaysConfirmed() {
    FormDataSubmission submission =
        form(
            """
            <FormData FormOID="F.LAB" TransactionType="Upsert">
              <ItemGroupData ItemGroupOID="IG.LB_CBC">
                <ItemData ItemOID="I.LB_HGB" Value=" 12 "/>
              </ItemGroupData>
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_CRP" Value="10"/>
              </ItemGroupData>
            </FormData>""");

    ImportPlan plan = plan(submission, STORED_LAB, true);

    assertThat(plan.values().value(CBC, "I.LB_HGB"))
        .contains(EnteredValue.of("12", "MU.G_DL").confirmed());
    assertThat(plan.values().value(INFLAMMATION, "I.LB_CRP"))
        .as("no unit means the standard unit, mg/L")
        .contains(EnteredValue.of("10", "MU.MG_L"));
  }

  @Test
  void removesAStoredRowOfARepeatingGroupWithTheRowsReason() {
    FormValues stored =
        FormValues.builder()
            .value(new ItemGroupKey("IG.AE", 1), "I.AE_TERM", EnteredValue.of("Headache"))
            .value(new ItemGroupKey("IG.AE", 2), "I.AE_TERM", EnteredValue.of("Rash"))
            .build();
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.AE\" TransactionType=\"Update\">"
                + "<ItemGroupData ItemGroupOID=\"IG.AE\" ItemGroupRepeatKey=\"2\""
                + " TransactionType=\"Remove\">"
                + audit("Entered for the wrong child")
                + "</ItemGroupData></FormData>");

    ImportPlan plan = plan(submission, stored, true);

    assertThat(plan.refused()).isFalse();
    assertThat(plan.groups().get(0).action()).isEqualTo(GroupAction.REMOVE_ROW);
    assertThat(plan.values().instance(new ItemGroupKey("IG.AE", 2))).isEmpty();
    assertThat(plan.values().instance(new ItemGroupKey("IG.AE", 1))).isPresent();
    assertThat(plan.reasonForChange()).contains("Entered for the wrong child");
  }

  @Test
  void refusesRemovingARowOfANonRepeatingGroupOrARowThatIsNotStored() {
    FormDataSubmission notRepeating =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Update\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_CBC\" TransactionType=\"Remove\"/>"
                + "</FormData>");
    FormDataSubmission notStored =
        form(
            "<FormData FormOID=\"F.AE\" TransactionType=\"Upsert\">"
                + "<ItemGroupData ItemGroupOID=\"IG.AE\" ItemGroupRepeatKey=\"3\""
                + " TransactionType=\"Remove\"/></FormData>");

    assertThat(plan(notRepeating, STORED_LAB, true).groups().get(0).refusal())
        .hasValueSatisfying(
            text -> assertThat(text).contains("IG.LB_CBC[1] is not a row of a repeating"));
    assertThat(plan(notStored, FormValues.empty(), true).groups().get(0).refusal())
        .contains("IG.AE[3] is not stored; nothing to remove.");
  }

  @Test
  void checksAGroupsOwnInsertAndUpdateAgainstTheStoredRows() {
    FormDataSubmission insertStored =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Upsert\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_CBC\" TransactionType=\"Insert\">"
                + "<ItemData ItemOID=\"I.LB_WBC\" Value=\"7\"/></ItemGroupData></FormData>");
    FormDataSubmission updateNew =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Upsert\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_STOOL\" TransactionType=\"Update\">"
                + "<ItemData ItemOID=\"I.LB_CALPRO\" Value=\"7\"/></ItemGroupData></FormData>");

    PlannedGroup inserted = plan(insertStored, STORED_LAB, true).groups().get(0);
    PlannedGroup updated = plan(updateNew, STORED_LAB, true).groups().get(0);

    assertThat(inserted.refusal())
        .contains("IG.LB_CBC[1] is already stored, so it cannot be inserted.");
    assertThat(inserted.items()).extracting(PlannedItem::action).containsExactly(ItemAction.NONE);
    assertThat(updated.refusal()).contains("IG.LB_STOOL[1] is not stored; nothing to update.");
  }

  @Test
  void takesTheReasonOfTheAuditRecordNearestToEachChangedValue() {
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Update\">"
                + audit("Form reason")
                + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
                + "<ItemData ItemOID=\"I.LB_CRP\" Value=\"11\">"
                + audit("Lab re-run")
                + "</ItemData></ItemGroupData></FormData>");

    assertThat(plan(submission, STORED_LAB, true).reasonForChange()).contains("Lab re-run");
  }

  @Test
  void refusesAFormWhoseChangedValuesCarryDifferentReasons() {
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Update\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
                + "<ItemData ItemOID=\"I.LB_CRP\" Value=\"11\">"
                + audit("Lab re-run")
                + "</ItemData><ItemData ItemOID=\"I.LB_ESR\" Value=\"21\">"
                + audit("Transcription error")
                + "</ItemData></ItemGroupData></FormData>");

    ImportPlan plan = plan(submission, STORED_LAB, true);

    assertThat(plan.refused()).isTrue();
    assertThat(plan.refusals())
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains("different reasons for change (Lab re-run; Transcription error)"));
  }

  @Test
  void ignoresTheReasonsOfValuesThatDoNotChangeAndFallsBackToTheForms() {
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Update\">"
                + audit("Form reason")
                + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
                + "<ItemData ItemOID=\"I.LB_CRP\" Value=\"10\">"
                + audit("Unchanged anyway")
                + "</ItemData><ItemData ItemOID=\"I.LB_ESR\" IsNull=\"Yes\">"
                + audit("Sample haemolysed")
                + "</ItemData><ItemData ItemOID=\"I.LB_ALB\" Value=\"4\">"
                + audit("New value, no reason needed")
                + "</ItemData></ItemGroupData></FormData>");
    FormDataSubmission withoutItemReasons =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Update\">"
                + audit("Form reason")
                + "<ItemGroupData ItemGroupOID=\"IG.LB_STOOL\">"
                + "<ItemData ItemOID=\"I.LB_CALPRO\" Value=\"100\"/></ItemGroupData></FormData>");

    ImportPlan plan = plan(submission, STORED_LAB, true);

    assertThat(plan.refused()).isFalse();
    assertThat(plan.reasonForChange()).contains("Sample haemolysed");
    assertThat(plan(withoutItemReasons, STORED_LAB, true).reasonForChange())
        .contains("Form reason");
  }

  @Test
  void refusesRowsAndItemsSentTwiceAndRepeatKeysThatAreNotNumbers() {
    FormDataSubmission submission =
        form(
            """
            <FormData FormOID="F.LAB" TransactionType="Upsert">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_CRP" Value="1"/>
                <ItemData ItemOID="I.LB_CRP" Value="2"/>
              </ItemGroupData>
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION" ItemGroupRepeatKey="01"/>
              <ItemGroupData ItemGroupOID="IG.LB_STOOL" ItemGroupRepeatKey="first"/>
            </FormData>""");

    ImportPlan plan = plan(submission, FormValues.empty(), true);

    assertThat(plan.groups().get(0).items().get(1).refusal())
        .contains("I.LB_CRP appears twice in IG.LB_INFLAMMATION[1]; send it once.");
    assertThat(plan.groups().get(1).refusal())
        .hasValueSatisfying(
            text -> assertThat(text).startsWith("IG.LB_INFLAMMATION[01] appears twice"));
    assertThat(plan.groups().get(2).refusal())
        .contains("ItemGroupRepeatKey \"first\" of IG.LB_STOOL is not a whole number from 1.");
  }

  @Test
  void refusesItemsTheCallerIsBlindedToWhateverIsStored() {
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Upsert\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_INFLAMMATION\">"
                + "<ItemData ItemOID=\"I.LB_CRP\" Value=\"10\"/>"
                + "<ItemData ItemOID=\"I.LB_ESR\" Value=\"21\"/></ItemGroupData></FormData>");

    ImportPlan plan =
        ImportMerge.plan(submission, STORED_LAB, true, topit(), item -> !item.equals("I.LB_CRP"));

    assertThat(plan.groups().get(0).items())
        .extracting(item -> item.refusal().orElse(""))
        .containsExactly(
            "I.LB_CRP is blinded to your roles for this child, so it is not imported from you; a"
                + " data manager imports it.",
            "");
  }

  @Test
  void refusesAnItemWithNeitherValueNorNull() {
    FormDataSubmission submission =
        form(
            "<FormData FormOID=\"F.LAB\" TransactionType=\"Upsert\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LB_STOOL\">"
                + "<ItemData ItemOID=\"I.LB_CALPRO\"/></ItemGroupData></FormData>");

    assertThat(plan(submission, FormValues.empty(), false).groups().get(0).items().get(0).refusal())
        .hasValueSatisfying(text -> assertThat(text).contains("has neither a Value nor IsNull"));
  }

  @Test
  void refusesDataForAnotherMetaDataVersion() {
    String xml =
        file("Transactional", "<FormData FormOID=\"F.LAB\" TransactionType=\"Insert\"/>")
            .replace("MetaDataVersionOID=\"MDV.1\"", "MetaDataVersionOID=\"MDV.9\"");

    assertThat(plan(only(xml), FormValues.empty(), false).refusals())
        .singleElement()
        .satisfies(text -> assertThat(text).contains("names MetaDataVersion MDV.9, but F.LAB"));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvFileSource(resources = "/entry/clinicaldata/repeat-keys.csv", numLinesToSkip = 1)
  void readsRepeatKeysAsWholeNumbersFromOne(String text, Integer number) {
    assertThat(ImportKeys.repeatKey(text)).isEqualTo(Optional.ofNullable(number));
  }

  @Test
  void addressesTheFormAndRefusesKeysThePlatformCannotStore() {
    String form = "<FormData FormOID=\"F.LAB\" TransactionType=\"Insert\"/>";

    assertThat(ImportKeys.address("TOPIT", form(form)))
        .isEqualTo(new FormAddress("TOPIT", "BER-0001", "SE.WEEK6", 1, "F.LAB"));
    assertThatThrownBy(() -> ImportKeys.address("OTHER", form(form)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The ClinicalData is for study TOPIT; this call imports into OTHER");
    assertThatThrownBy(
            () ->
                ImportKeys.address(
                    "TOPIT", form(form.replace("F.LAB\"", "F.LAB\" FormRepeatKey=\"2\""))))
        .hasMessageContaining("a form is filled once per visit");
    assertThatThrownBy(
            () ->
                ImportKeys.address(
                    "TOPIT",
                    only(
                        file("Transactional", form)
                            .replace(
                                "StudyEventOID=\"SE.WEEK6\"",
                                "StudyEventOID=\"SE.WEEK6\" StudyEventRepeatKey=\"x\""))))
        .hasMessage("StudyEventRepeatKey \"x\" of SE.WEEK6 is not a whole number from 1");
  }

  private static ImportPlan plan(
      FormDataSubmission submission, FormValues stored, boolean started) {
    return ImportMerge.plan(submission, stored, started, topit(), item -> true);
  }

  private static List<String> messages(ImportPlan plan) {
    return Stream.concat(
            plan.refusals().stream(),
            plan.groups().stream()
                .flatMap(
                    group ->
                        Stream.concat(
                            group.refusal().stream(),
                            group.items().stream().flatMap(item -> item.refusal().stream()))))
        .toList();
  }
}
