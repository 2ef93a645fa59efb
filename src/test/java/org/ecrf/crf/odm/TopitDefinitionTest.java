package org.ecrf.crf.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ecrf.crf.domain.AnchorKind;
import org.ecrf.crf.domain.ConditionDef;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.domain.SubjectContext;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The TOPIT definition keeps the fixed identifiers and the rules of issues 3 and 6. */
class TopitDefinitionTest {

  private static StudyDefinition topit;

  @BeforeAll
  static void readTopit() {
    topit =
        new CrfDefinitionValidator(CrfDefinitionsTest.PLATFORM_ALGORITHMS)
            .validate(Path.of("crf-definitions", "TOPIT", "MDV.1.xml"), ValidationOptions.strict())
            .definition()
            .orElseThrow();
  }

  private static SubjectContext subject(String diagnosis, String arm) {
    return new SubjectContext(diagnosis, arm, "F", OptionalInt.of(12));
  }

  @Test
  void hasTheFixedStudyEventsInOrder() {
    assertThat(topit.header().studyOid()).isEqualTo("TOPIT");
    assertThat(topit.events())
        .extracting(StudyEventDef::oid)
        .containsExactly(
            "SE.SCREENING",
            "SE.WEEK0",
            "SE.WEEK2",
            "SE.WEEK6",
            "SE.WEEK14",
            "SE.WEEK22",
            "SE.WEEK30",
            "SE.WEEK38",
            "SE.WEEK46",
            "SE.WEEK54",
            "SE.UNSCHEDULED",
            "SE.EOS",
            "SE.LOGS");
    assertThat(topit.event("SE.UNSCHEDULED").orElseThrow().repeating()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "SE.SCREENING, -1, -28, -1",
    "SE.WEEK0, 0, 0, 0",
    "SE.WEEK2, 14, 11, 17",
    "SE.WEEK6, 42, 35, 49",
    "SE.WEEK14, 98, 91, 105",
    "SE.WEEK22, 154, 147, 161",
    "SE.WEEK30, 210, 203, 217",
    "SE.WEEK38, 266, 259, 273",
    "SE.WEEK46, 322, 315, 329",
    "SE.WEEK54, 378, 371, 385"
  })
  void plansEachVisitFromTheFirstInfusion(String event, int offset, int earliest, int latest) {
    var day = topit.event(event).orElseThrow().timing().plannedDay().orElseThrow();
    assertThat(day.anchor()).isEqualTo(AnchorKind.FIRST_INFUSION);
    assertThat(day.offsetDays()).isEqualTo(offset);
    assertThat(day.earliestDay()).isEqualTo(earliest);
    assertThat(day.latestDay()).isEqualTo(latest);
  }

  @Test
  void anchorsTheScheduleOnTheWeekZeroInfusion() {
    assertThat(topit.events())
        .filteredOn(e -> e.timing().isAnchor())
        .extracting(StudyEventDef::oid)
        .containsExactly("SE.WEEK0");
  }

  @Test
  void hasTheSitesArmsAndRandomisation() {
    assertThat(topit.design().sites())
        .extracting(s -> s.code() + "=" + s.name())
        .containsExactly("BER=Berlin", "POT=Potsdam");
    assertThat(topit.design().arms()).extracting(a -> a.code()).containsExactly("TDM", "STANDARD");
    var randomisation = topit.design().randomisation().orElseThrow();
    assertThat(randomisation.ratio()).containsExactly(1, 1);
    assertThat(randomisation.blockSizes()).containsExactly(2, 4);
    assertThat(randomisation.stratificationFactors())
        .containsExactly(StratificationFactor.DIAGNOSIS, StratificationFactor.SITE);
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvFileSource(resources = "/crf/topit-fixed-oids.csv", numLinesToSkip = 1)
  void keepsTheFixedItemOidsOnTheirForms(String form, String item) {
    assertThat(topit.itemRefsOf(form)).extracting(ItemRef::itemOid).contains(item);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvFileSource(resources = "/crf/topit-derivations.csv", numLinesToSkip = 1)
  void derivesScoresThroughTheirAlgorithm(String item, String output) {
    ItemRef ref =
        topit.itemGroups().stream()
            .flatMap(g -> g.itemRefs().stream())
            .filter(r -> r.itemOid().equals(item))
            .findFirst()
            .orElseThrow();
    assertThat(topit.derivationOf(ref).orElseThrow().key()).isEqualTo(output);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "/crf/topit-choice-points.csv", numLinesToSkip = 1)
  void codesChoicesWithThePublishedPoints(String item, String codedValues) {
    String codeList = topit.item(item).orElseThrow().codeListOid().orElseThrow();
    assertThat(topit.codeList(codeList).orElseThrow().items())
        .extracting(i -> i.codedValue())
        .containsExactly(codedValues.split(" "));
  }

  @Test
  void asksEligibilityWithYesNoCriteria() {
    List<String> items = topit.itemRefsOf("F.ELIGIBILITY").stream().map(ItemRef::itemOid).toList();
    assertThat(topit.event("SE.SCREENING").orElseThrow().formRefs())
        .extracting(FormRef::formOid)
        .contains("F.ELIGIBILITY");
    List<String> inclusion = items.stream().filter(i -> i.startsWith("I.INCL_")).toList();
    List<String> exclusion = items.stream().filter(i -> i.startsWith("I.EXCL_")).toList();
    assertThat(inclusion).hasSizeGreaterThanOrEqualTo(3);
    assertThat(exclusion).hasSizeGreaterThanOrEqualTo(5);
    inclusion.forEach(i -> assertExpects(i, "Y"));
    exclusion.forEach(i -> assertExpects(i, "N"));
    assertExpects("I.CONSENT_GIVEN", "Y");
    assertThat(topit.form("F.ELIGIBILITY").orElseThrow().sdvPlan()).isEqualTo(SdvPlan.ALL);
  }

  private static void assertExpects(String itemOid, String value) {
    ItemDef item = topit.item(itemOid).orElseThrow();
    assertThat(item.codeListOid()).contains("CL.NY");
    var check = item.domain().rangeChecks().get(0);
    assertThat(check.comparator()).contains(RangeComparator.EQ);
    assertThat(check.checkValues()).containsExactly(value);
    assertThat(check.accepts(value, Map.of(), SubjectContext.UNKNOWN)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "F.PCDAI, CD, true",
    "F.PCDAI, UC, false",
    "F.PCDAI, '', true",
    "F.WPCDAI, CD, true",
    "F.WPCDAI, UC, false",
    "F.SESCD, CD, true",
    "F.SESCD, UC, false",
    "F.PUCAI, UC, true",
    "F.PUCAI, CD, false",
    "F.PUCAI, '', true",
    "F.ENDO_UC, UC, true",
    "F.ENDO_UC, CD, false"
  })
  void collectsDiseaseSpecificFormsOnlyForTheirDiagnosis(
      String form, String diagnosis, boolean collected) {
    List<FormRef> refs =
        topit.events().stream()
            .flatMap(e -> e.formRefs().stream())
            .filter(r -> r.formOid().equals(form))
            .toList();
    assertThat(refs).isNotEmpty();
    for (FormRef ref : refs) {
      ConditionDef condition =
          topit.condition(ref.collectionExceptionConditionOid().orElseThrow()).orElseThrow();
      assertThat(condition.holds(Map.of(), subject(diagnosis, ""))).isEqualTo(!collected);
    }
  }

  @ParameterizedTest
  @CsvSource({"TDM, true", "STANDARD, false", "'', false"})
  void showsDosingAdviceOnlyInTheGuidedArm(String arm, boolean collected) {
    var advice =
        topit.form("F.INFUSION").orElseThrow().itemGroupRefs().stream()
            .filter(r -> r.itemGroupOid().equals("IG.INF_ADVICE"))
            .findFirst()
            .orElseThrow();
    ConditionDef condition =
        topit.condition(advice.collectionExceptionConditionOid().orElseThrow()).orElseThrow();
    assertThat(condition.holds(Map.of(), subject("CD", arm))).isEqualTo(!collected);
  }

  @ParameterizedTest
  @CsvSource({"OVERRIDE, true", "FOLLOW, false", "'', false"})
  void asksTheOverrideReasonOnlyForAnOverride(String decision, boolean collected) {
    ItemRef reason =
        topit.itemRefsOf("F.INFUSION").stream()
            .filter(r -> r.itemOid().equals("I.INF_DECISION_REASON"))
            .findFirst()
            .orElseThrow();
    ConditionDef condition =
        topit.condition(reason.collectionExceptionConditionOid().orElseThrow()).orElseThrow();
    assertThat(condition.holds(Map.of("I.INF_DECISION", decision), subject("CD", "TDM")))
        .isEqualTo(!collected);
  }

  @ParameterizedTest
  @CsvSource({
    "I.TROUGH_IFX",
    "I.TROUGH_IFX_BLQ",
    "I.ATI_STATUS",
    "I.ATI_VALUE",
    "I.INF_REC_DOSE_MGKG",
    "I.INF_REC_INTERVAL_WEEKS",
    "I.INF_REC_RULE"
  })
  void blindsTroughAntibodiesAndDerivedAdviceInTheStandardArm(String item) {
    for (Role role : List.of(Role.INVESTIGATOR, Role.NURSE, Role.MONITOR)) {
      assertThat(topit.isBlinded(item, role, "STANDARD")).as(role + " STANDARD").isTrue();
      assertThat(topit.isBlinded(item, role, "TDM")).as(role + " TDM").isFalse();
    }
    assertThat(topit.isBlinded(item, Role.DATA_MANAGER, "STANDARD")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "F.PUCAI, CRITICAL", "F.PCDAI, CRITICAL", "F.WPCDAI, CRITICAL", "F.SESCD, CRITICAL",
        "F.ENDO_UC, CRITICAL",
    "F.TROUGH, CRITICAL", "F.INFUSION, CRITICAL", "F.ELIGIBILITY, ALL", "F.AE, ALL", "F.EOS, ALL"
  })
  void verifiesFormsByTheirSdvPlan(String form, SdvPlan plan) {
    assertThat(topit.form(form).orElseThrow().sdvPlan()).isEqualTo(plan);
    if (plan == SdvPlan.CRITICAL) {
      assertThat(topit.itemRefsOf(form)).anyMatch(ItemRef::critical);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "MU.MG_DL, MU.MG_L, 1.5, 15",
    "MU.G_L, MU.G_DL, 35, 3.5",
    "MU.L_L, MU.PERCENT, 0.36, 36",
    "MU.MMOL_L, MU.G_DL, 7.5, 12.0855"
  })
  void convertsLabUnitsAsTheSpecSays(
      String from, String to, BigDecimal value, BigDecimal expected) {
    assertThat(topit.convert(value, from, to).orElseThrow()).isEqualByComparingTo(expected);
  }

  @Test
  void carriesTheProvisionalDosingRuleSet() {
    var rules = topit.design().dosingRuleSet().orElseThrow();
    assertThat(rules.header().version()).isEqualTo(1);
    assertThat(rules.header().isProvisional()).isTrue();
    assertThat(rules.header().note()).contains("to be confirmed against the TOPIT protocol");
    assertThat(rules.rules())
        .extracting(r -> r.oid() + ":" + r.condition() + ":" + r.action())
        .containsExactly(
            "DR.SWITCH:ATI_POSITIVE_BELOW_TARGET:DISCUSS_SWITCH",
            "DR.REINDUCE:UNDETECTABLE:REINDUCE",
            "DR.SHORTEN:BELOW_TARGET:SHORTEN_INTERVAL",
            "DR.ESCALATE:BELOW_TARGET_AT_MIN_INTERVAL:INCREASE_DOSE",
            "DR.DEESCALATE:ABOVE_TARGET:DEESCALATE",
            "DR.CONTINUE:IN_TARGET:CONTINUE");
    assertThat(rules.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(rules.rules()).allSatisfy(r -> assertThat(r.rationale()).isNotBlank());
    assertThat(rules.targetWindowFor("SE.WEEK14").orElseThrow().highUgPerMl()).isEmpty();
    var maintenance = rules.targetWindowFor("SE.WEEK30").orElseThrow();
    assertThat(maintenance.lowUgPerMl()).isEqualByComparingTo("5");
    assertThat(maintenance.highUgPerMl().orElseThrow()).isEqualByComparingTo("10");
  }

  @Test
  void writesEveryTextInEnglishAndGerman() {
    for (ItemDef item : topit.items()) {
      assertThat(item.presentation().question().languages()).as(item.oid()).contains("en", "de");
    }
    topit
        .codeLists()
        .forEach(
            list ->
                list.items()
                    .forEach(
                        i ->
                            assertThat(i.decode().languages())
                                .as(list.oid() + " " + i.codedValue())
                                .contains("en", "de")));
    topit
        .forms()
        .forEach(f -> assertThat(f.description().languages()).as(f.oid()).contains("en", "de"));
    topit
        .itemGroups()
        .forEach(g -> assertThat(g.section().title().languages()).as(g.oid()).contains("en", "de"));
    assertThat(topit.item("I.PUCAI_BLEEDING").orElseThrow().question(Locale.GERMAN))
        .isEqualTo("Rektale Blutung");
  }

  @Test
  void annotatesCollectedItemsForSdtm() {
    Set<String> withoutSdtm =
        Set.of("I.PUCAI_CATEGORY", "I.PCDAI_CATEGORY", "I.WPCDAI_CATEGORY", "I.INF_DOSE_MG_CALC");
    for (ItemDef item : topit.items()) {
      if (!withoutSdtm.contains(item.oid())) {
        assertThat(item.sdtmAnnotation()).as(item.oid()).isPresent();
      }
    }
    assertThat(topit.item("I.SESCD_ILEUM_ULCER_SIZE").orElseThrow().sdtmAnnotation())
        .contains("RS.RSTESTCD=SES0102");
    assertThat(topit.item("I.SESCD_TOTAL").orElseThrow().sdtmAnnotation())
        .contains("RS.RSTESTCD=SES0131");
    assertThat(topit.item("I.LB_CRP").orElseThrow().sdtmAnnotation()).contains("LB.LBTESTCD=CRP");
    assertThat(topit.item("I.ATI_STATUS").orElseThrow().sdtmAnnotation())
        .contains("IS.ISTESTCD=ADA_BAB");
  }
}
