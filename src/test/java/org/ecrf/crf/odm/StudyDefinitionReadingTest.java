package org.ecrf.crf.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.crf.domain.AnchorKind;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.InputControl;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.crf.domain.SoftHard;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.SubjectContext;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StudyDefinitionReadingTest {

  private static StudyDefinition study;

  @BeforeAll
  static void readValidStudy() {
    ValidationReport report = Fixtures.validate("valid-study.xml", ValidationOptions.strict());
    assertThat(report.faults()).isEmpty();
    study = report.definition().orElseThrow();
  }

  @Test
  void readsStudyAndMetaDataVersionIdentity() {
    assertThat(study.header().studyOid()).isEqualTo("VALID");
    assertThat(study.header().studyName()).isEqualTo("Valid test study");
    assertThat(study.header().metaDataVersionOid()).isEqualTo("MDV.1");
    assertThat(study.header().metaDataVersionDescription()).isEqualTo("First release");
  }

  @Test
  void readsSitesArmsAndRandomisation() {
    assertThat(study.design().sites())
        .extracting(site -> site.code())
        .containsExactly("BER", "POT");
    assertThat(study.design().arms())
        .extracting(arm -> arm.code())
        .containsExactly("TDM", "STANDARD");
    var randomisation = study.design().randomisation().orElseThrow();
    assertThat(randomisation.ratio()).containsExactly(1, 1);
    assertThat(randomisation.blockSizes()).containsExactly(2, 4);
    assertThat(randomisation.stratificationFactors())
        .containsExactly(StratificationFactor.DIAGNOSIS, StratificationFactor.SITE);
  }

  @Test
  void readsEventsInProtocolOrderWithTiming() {
    assertThat(study.events())
        .extracting(event -> event.oid())
        .containsExactly("SE.SCREENING", "SE.WEEK0", "SE.WEEK14", "SE.UNSCHEDULED");
    PlannedDay screening =
        study.event("SE.SCREENING").orElseThrow().timing().plannedDay().orElseThrow();
    assertThat(screening.earliestDay()).isEqualTo(-28);
    assertThat(screening.latestDay()).isEqualTo(-1);
    assertThat(screening.anchor()).isEqualTo(AnchorKind.FIRST_INFUSION);
    assertThat(study.event("SE.WEEK0").orElseThrow().timing().isAnchor()).isTrue();
    assertThat(study.event("SE.WEEK14").orElseThrow().timing().isAnchor()).isFalse();
    var unscheduled = study.event("SE.UNSCHEDULED").orElseThrow();
    assertThat(unscheduled.repeating()).isTrue();
    assertThat(unscheduled.timing().plannedDay()).isEmpty();
    assertThat(unscheduled.timing().infusion()).isTrue();
  }

  @Test
  void sortsFormRefsByOrderNumberAndKeepsTheirCondition() {
    assertThat(study.event("SE.WEEK14").orElseThrow().formRefs())
        .extracting(ref -> ref.formOid())
        .containsExactly("F.TROUGH", "F.LAB");
    assertThat(
            study
                .event("SE.WEEK0")
                .orElseThrow()
                .formRefs()
                .get(0)
                .collectionExceptionConditionOid())
        .contains("CD.NOT_UC");
  }

  @Test
  void readsFormsWithSdvPlanDefaultingToAll() {
    assertThat(study.form("F.PUCAI").orElseThrow().sdvPlan()).isEqualTo(SdvPlan.CRITICAL);
    assertThat(study.form("F.LAB").orElseThrow().sdvPlan()).isEqualTo(SdvPlan.NONE);
    assertThat(study.form("F.TROUGH").orElseThrow().sdvPlan()).isEqualTo(SdvPlan.ALL);
    assertThat(study.form("F.DIAGNOSIS").orElseThrow().description().text(Locale.GERMAN))
        .isEqualTo("Diagnose");
  }

  @Test
  void readsSectionsWithItemsInOrderAndCriticalAndDerivedFlags() {
    ItemGroupDef pucai = study.itemGroup("IG.PUCAI").orElseThrow();
    assertThat(pucai.itemRefs())
        .extracting(ItemRef::itemOid)
        .containsExactly("I.PUCAI_PAIN", "I.PUCAI_BLEEDING", "I.PUCAI_TOTAL");
    assertThat(pucai.itemRefs()).allMatch(ItemRef::critical);
    ItemRef total = pucai.itemRefs().get(2);
    assertThat(total.isDerived()).isTrue();
    assertThat(study.derivationOf(total).orElseThrow().key()).isEqualTo("PUCAI/1:total");
    assertThat(pucai.section().columns()).isEqualTo(2);
    assertThat(pucai.section().title().text(Locale.GERMAN))
        .isEqualTo("Beschwerden der letzten 2 Tage");
    assertThat(pucai.section().intro().text(Locale.GERMAN))
        .isEqualTo("Average of the last 48 hours.");
    assertThat(study.itemGroup("IG.LAB").orElseThrow().section().title().text(Locale.ENGLISH))
        .isEqualTo("Laboratory");
    assertThat(study.itemRefsOf("F.PUCAI")).hasSize(3);
  }

  @Test
  void readsItemsWithTextsControlCodeListAndAlias() {
    ItemDef pain = study.item("I.PUCAI_PAIN").orElseThrow();
    assertThat(pain.dataType()).isEqualTo(DataType.INTEGER);
    assertThat(pain.format().length()).hasValue(2);
    assertThat(pain.presentation().control()).contains(InputControl.RADIO);
    assertThat(pain.presentation().help().text(Locale.GERMAN)).startsWith("Ignorierbarer");
    assertThat(pain.presentation().help().text(Locale.FRENCH))
        .startsWith("Pain that can be ignored");
    assertThat(pain.codeListOid()).contains("CL.PUCAI_PAIN");
    assertThat(pain.sdtmAnnotation()).contains("QS.QSTESTCD=PUCAI01");
    var codes = study.codeList("CL.PUCAI_PAIN").orElseThrow();
    assertThat(codes.items()).extracting(item -> item.codedValue()).containsExactly("0", "5", "10");
    assertThat(codes.item("5").orElseThrow().decode().text(Locale.ENGLISH))
        .isEqualTo("Pain can be ignored");
  }

  @Test
  void readsUnitsRangeChecksAndConversions() {
    ItemDef crp = study.item("I.LB_CRP").orElseThrow();
    assertThat(crp.domain().unitOids()).containsExactly("MU.MG_L", "MU.MG_DL");
    assertThat(crp.domain().standardUnitOid()).contains("MU.MG_L");
    var soft = crp.domain().rangeChecks().get(1);
    assertThat(soft.comparator()).contains(RangeComparator.LE);
    assertThat(soft.softHard()).isEqualTo(SoftHard.SOFT);
    assertThat(soft.checkValues()).containsExactly("300");
    assertThat(soft.unitOid()).contains("MU.MG_L");
    assertThat(study.convert(new BigDecimal("1.5"), "MU.MG_DL", "MU.MG_L"))
        .contains(new BigDecimal("15.0"));
    assertThat(study.convert(BigDecimal.ONE, "MU.MG_L", "MU.UG_ML")).isEmpty();
  }

  @Test
  void readsBlindingByRoleAndArm() {
    assertThat(study.isBlinded("I.TROUGH_IFX", Role.INVESTIGATOR, "STANDARD")).isTrue();
    assertThat(study.isBlinded("I.TROUGH_IFX", Role.DATA_MANAGER, "STANDARD")).isFalse();
    assertThat(study.isBlinded("I.TROUGH_IFX", Role.INVESTIGATOR, "TDM")).isFalse();
    assertThat(study.isBlinded("I.TROUGH_IFX", Role.INVESTIGATOR, "")).isFalse();
    assertThat(study.isBlinded("I.LB_CRP", Role.INVESTIGATOR, "STANDARD")).isFalse();
  }

  @Test
  void readsTheDosingRuleSet() {
    var rules = study.design().dosingRuleSet().orElseThrow();
    assertThat(rules.header().version()).isEqualTo(1);
    assertThat(rules.header().isProvisional()).isTrue();
    assertThat(rules.header().note()).isEqualTo("Test defaults.");
    assertThat(rules.standardRegimen().inductionWeeks()).containsExactly(0, 2, 6);
    assertThat(rules.limits().maxDoseMgPerKg()).isEqualByComparingTo("10");
    assertThat(rules.targetWindowFor("SE.WEEK14").orElseThrow().highUgPerMl()).isEmpty();
    assertThat(rules.targetWindowFor("SE.WEEK22").orElseThrow().highUgPerMl())
        .contains(new BigDecimal("10"));
    assertThat(rules.rules())
        .extracting(rule -> rule.oid())
        .containsExactly("DR.ESCALATE", "DR.CONTINUE");
    assertThat(rules.rules().get(0).doseMgPerKg()).contains(new BigDecimal("10"));
    assertThat(rules.rules().get(1).doseMgPerKg()).isEqualTo(Optional.empty());
    assertThat(rules.rules().get(0).rationale()).isEqualTo("Below the window: raise the dose.");
  }

  @Test
  void readsConditionsAndExpressionChecksReadyToEvaluate() {
    var blq = study.condition("CD.BLQ").orElseThrow();
    assertThat(blq.holds(java.util.Map.of("I.TROUGH_IFX_BLQ", "Y"), SubjectContext.UNKNOWN))
        .isTrue();
    assertThat(blq.holds(java.util.Map.of(), SubjectContext.UNKNOWN)).isFalse();
    var notUc = study.condition("CD.NOT_UC").orElseThrow();
    assertThat(
            notUc.holds(
                java.util.Map.of(),
                new SubjectContext("CD", "", "", java.util.OptionalInt.empty())))
        .isTrue();
    var check = study.item("I.TROUGH_IFX").orElseThrow().domain().rangeChecks().get(0);
    assertThat(
            check.accepts("4.1", java.util.Map.of("I.TROUGH_IFX_BLQ", "Y"), SubjectContext.UNKNOWN))
        .isFalse();
    var crpCheck = study.item("I.LB_CRP").orElseThrow().domain().rangeChecks().get(0);
    assertThat(crpCheck.accepts("-1", java.util.Map.of(), SubjectContext.UNKNOWN)).isFalse();
  }

  @Test
  void countsFormsAndItems() {
    ValidationReport report = Fixtures.validate("valid-study.xml", ValidationOptions.strict());
    assertThat(report.formCount()).isEqualTo(4);
    assertThat(report.itemCount()).isEqualTo(8);
  }
}
