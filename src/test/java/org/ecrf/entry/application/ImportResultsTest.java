package org.ecrf.entry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecrf.entry.application.ImportFixtures.evaluate;
import static org.ecrf.entry.application.ImportFixtures.form;
import static org.ecrf.entry.application.ImportFixtures.topit;

import java.util.List;
import java.util.Map;
import org.ecrf.crf.odm.clinical.ClinicalDataFault;
import org.ecrf.crf.odm.clinical.ClinicalFaultKind;
import org.ecrf.crf.odm.clinical.FaultEffect;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.FormKey;
import org.ecrf.crf.odm.clinical.RefusedForm;
import org.ecrf.crf.odm.clinical.SourcePosition;
import org.ecrf.entry.application.ImportFormResult.GroupResult;
import org.ecrf.entry.application.ImportFormResult.ItemResult;
import org.ecrf.entry.domain.ChangeSet;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.subject.domain.Diagnosis;
import org.junit.jupiter.api.Test;

/**
 * The answer about one imported form: the engine's messages on the items they concern, outcomes per
 * item and row, and what the engine refuses (hard checks, unknown items, values for items not
 * collected).
 */
class ImportResultsTest {

  private static final ItemGroupKey INFLAMMATION = ItemGroupKey.of("IG.LB_INFLAMMATION");

  private static final FormValues STORED_LAB =
      FormValues.builder()
          .value(INFLAMMATION, "I.LB_CRP", EnteredValue.of("10", "MU.MG_L"))
          .value(INFLAMMATION, "I.LB_ESR", EnteredValue.of("20", "MU.MM_H"))
          .value(INFLAMMATION, "I.LB_ALB", EnteredValue.of("4", "MU.G_DL"))
          .build();

  @Test
  void aHardCheckRefusesItsItemAndLeavesTheOthersNotStored() {
    Judged judged =
        judge(
            """
            <FormData FormOID="F.LAB" TransactionType="Insert">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_ESR" Value="250"/>
                <ItemData ItemOID="I.LB_CRP" Value="12"/>
              </ItemGroupData>
            </FormData>""",
            FormValues.empty(),
            false);

    assertThat(judged.results.refuses()).isTrue();
    ImportFormResult result = judged.results.refused(Map.of());
    assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(result.items())
        .extracting(ItemResult::itemOid, ItemResult::outcome)
        .containsExactly(
            tuple("I.LB_ESR", ImportOutcome.REFUSED), tuple("I.LB_CRP", ImportOutcome.NOT_STORED));
    assertThat(result.items().get(0).messages())
        .extracting(ImportMessage::severity, ImportMessage::text)
        .startsWith(tuple("ERROR", "An ESR above 200 mm/h is not possible."));
    assertThat(result.itemGroups())
        .extracting(GroupResult::outcome)
        .containsExactly(ImportOutcome.REFUSED);
  }

  @Test
  void aSoftCheckWarnsButDoesNotRefuseAndTheValueIsReportedStored() {
    Judged judged =
        judge(
            """
            <FormData FormOID="F.LAB" TransactionType="Upsert">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_CRP" Value="350"/>
                <ItemData ItemOID="I.LB_ESR" Value="20"/>
                <ItemData ItemOID="I.LB_ALB" IsNull="Yes"/>
              </ItemGroupData>
            </FormData>""",
            STORED_LAB,
            true);

    assertThat(judged.results.refuses()).isFalse();
    ChangeSet changes = ChangeSet.between(STORED_LAB, judged.evaluation);
    ImportFormResult result = judged.results.stored(changes, 4);

    assertThat(result.outcome()).isEqualTo(ImportOutcome.STORED);
    assertThat(result.version()).isEqualTo(4);
    assertThat(result.items())
        .extracting(ItemResult::outcome)
        .containsExactly(ImportOutcome.STORED, ImportOutcome.UNCHANGED, ImportOutcome.REMOVED);
    assertThat(result.items().get(0).messages())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.severity()).isEqualTo("WARNING");
              assertThat(message.text()).contains("Unusually high CRP");
            });
    assertThat(result.itemGroups())
        .extracting(GroupResult::outcome)
        .containsExactly(ImportOutcome.STORED);
  }

  @Test
  void anUnknownItemIsRefusedWithASentenceNamingIt() {
    Judged judged =
        judge(
            """
            <FormData FormOID="F.LAB" TransactionType="Insert">
              <ItemGroupData ItemGroupOID="IG.LB_STOOL">
                <ItemData ItemOID="I.LB_NOPE" Value="1"/>
              </ItemGroupData>
            </FormData>""",
            FormValues.empty(),
            false);

    ImportFormResult result = judged.results.refused(Map.of());

    assertThat(result.items().get(0).outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(result.items().get(0).messages())
        .singleElement()
        .satisfies(message -> assertThat(message.text()).contains("I.LB_NOPE"));
  }

  @Test
  void aValueForAnItemThatIsNotCollectedIsRefusedNotDropped() {
    FormDataSubmission submission =
        form(
            """
            <FormData FormOID="F.PUCAI" TransactionType="Insert">
              <ItemGroupData ItemGroupOID="IG.PUCAI">
                <ItemData ItemOID="I.PUCAI_PAIN" Value="5"/>
              </ItemGroupData>
            </FormData>""");
    ImportPlan plan =
        ImportMerge.plan(submission, FormValues.empty(), false, topit(), item -> true);
    FormEvaluation crohnsChild = evaluate("F.PUCAI", plan.values(), Diagnosis.CD);

    ImportResults results = new ImportResults(submission, plan, crohnsChild);

    assertThat(results.refuses()).isTrue();
    assertThat(results.refused(Map.of()).items().get(0).messages())
        .singleElement()
        .satisfies(message -> assertThat(message.text()).contains("I.PUCAI_PAIN is not collected"));
  }

  @Test
  void aFormThatChangesNothingIsUnchangedThroughout() {
    Judged judged =
        judge(
            """
            <FormData FormOID="F.LAB" TransactionType="Upsert">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_CRP" Value="10"><MeasurementUnitRef MeasurementUnitOID="MU.MG_L"/></ItemData>
              </ItemGroupData>
            </FormData>""",
            STORED_LAB,
            true);

    assertThat(ChangeSet.between(STORED_LAB, judged.evaluation).isEmpty()).isTrue();
    ImportFormResult result = judged.results.unchanged();
    assertThat(result.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
    assertThat(result.items())
        .extracting(ItemResult::outcome)
        .containsExactly(ImportOutcome.UNCHANGED);
    assertThat(result.items().get(0).unitOid()).isEqualTo("MU.MG_L");
  }

  @Test
  void errorsGivenAfterTheEvaluationGoToTheirItemOrElseToTheForm() {
    Judged judged =
        judge(
            """
            <FormData FormOID="F.LAB" TransactionType="Update">
              <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                <ItemData ItemOID="I.LB_CRP" Value="11"/>
              </ItemGroupData>
            </FormData>""",
            STORED_LAB,
            true);

    ImportFormResult result =
        judged.results.refused(
            Map.of(
                ItemPath.of(INFLAMMATION, "I.LB_CRP"), "needs a reason",
                ItemPath.of(INFLAMMATION, "I.LB_ESR"), "also needs a reason"));

    assertThat(result.items().get(0).messages())
        .extracting(ImportMessage::text)
        .containsExactly("needs a reason");
    assertThat(result.messages())
        .extracting(ImportMessage::text)
        .containsExactly("also needs a reason");
  }

  @Test
  void aFormTheReaderRefusedKeepsItsFaultsWithLineAndColumn() {
    RefusedForm refused =
        new RefusedForm(
            new FormKey("TOPIT", "BER-0001", "SE.WEEK6", "1", "F.LAB", "1"),
            new SourcePosition(7, 3),
            List.of(
                new ClinicalDataFault(
                    ClinicalFaultKind.MISSING_ATTRIBUTE,
                    FaultEffect.REFUSES_DATA,
                    new SourcePosition(9, 5),
                    "ItemData has no ItemOID")));

    ImportFormResult result = ImportFormResult.refusedByReader(refused);

    assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(result.line()).isEqualTo(7);
    assertThat(result.messages())
        .containsExactly(new ImportMessage("ERROR", "ItemData has no ItemOID", 9, 5));
  }

  @Test
  void aFormRefusedBeforePlanningListsItsItemsAsNotStored() {
    FormDataSubmission submission =
        form(
            """
            <FormData FormOID="F.LAB" TransactionType="Insert">
              <ItemGroupData ItemGroupOID="IG.LB_STOOL">
                <ItemData ItemOID="I.LB_CALPRO" Value="1"/>
              </ItemGroupData>
            </FormData>""");

    ImportFormResult result =
        ImportFormResult.refusedBeforePlanning(submission, "No subject BER-0001 in study TOPIT");

    assertThat(result.messages())
        .extracting(ImportMessage::text)
        .containsExactly("No subject BER-0001 in study TOPIT");
    assertThat(result.transactionType()).isEqualTo("Insert");
    assertThat(result.items())
        .extracting(ItemResult::outcome)
        .containsExactly(ImportOutcome.NOT_STORED);
  }

  private record Judged(FormEvaluation evaluation, ImportResults results) {}

  private static Judged judge(String formData, FormValues stored, boolean started) {
    FormDataSubmission submission = form(formData);
    ImportPlan plan = ImportMerge.plan(submission, stored, started, topit(), item -> true);
    FormEvaluation evaluation = evaluate("F.LAB", plan.values());
    return new Judged(evaluation, new ImportResults(submission, plan, evaluation));
  }
}
