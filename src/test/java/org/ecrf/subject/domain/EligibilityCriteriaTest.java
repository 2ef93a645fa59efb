package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityCriteriaTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
  private static final EligibilityCriteria CRITERIA =
      new EligibilityCriteria(
          List.of("I.INCL_AGE", "I.EXCL_PREGNANT", "I.INCL_IFX_INDICATED", "I.EXCL_SURGERY"));

  @Test
  void eligibleWhenAllInclusionsMetNoExclusionAppliesAndConsentIsDocumented() {
    Eligibility eligibility = CRITERIA.assess(eligibleValues(), TODAY);
    assertThat(eligibility.isEligible()).isTrue();
    assertThat(eligibility.blocking()).isEmpty();
  }

  @ParameterizedTest(name = "{0} = ''{1}'' blocks: {2}")
  @CsvSource({
    "I.INCL_AGE, N, NOT_MET",
    "I.INCL_AGE, '', NOT_ANSWERED",
    "I.INCL_AGE, y, INVALID_VALUE",
    "I.INCL_AGE, YES, INVALID_VALUE",
    "I.EXCL_PREGNANT, Y, EXCLUSION_APPLIES",
    "I.EXCL_PREGNANT, ' ', NOT_ANSWERED",
    "I.EXCL_SURGERY, U, INVALID_VALUE",
    "I.CONSENT_GIVEN, N, CONSENT_MISSING",
    "I.CONSENT_GIVEN, '', CONSENT_MISSING",
    "I.CONSENT_DATE, '', CONSENT_MISSING",
    "I.CONSENT_DATE, 10.06.2025, INVALID_VALUE",
    "I.CONSENT_DATE, 2025-02-30, INVALID_VALUE",
    "I.CONSENT_DATE, 2025-06-11, INVALID_VALUE",
  })
  void oneWrongItemBlocksWithItsOidAndReason(String oid, String value, BlockingReason reason) {
    Map<String, String> values = eligibleValues();
    values.put(oid, value);
    assertThat(CRITERIA.assess(values, TODAY).blocking())
        .containsExactly(new BlockingCriterion(oid, reason, value.trim()));
  }

  @Test
  void aConsentDatedTodayIsAccepted() {
    Map<String, String> values = eligibleValues();
    values.put("I.CONSENT_DATE", " 2025-06-10 ");
    assertThat(CRITERIA.assess(values, TODAY).isEligible()).isTrue();
  }

  @Test
  void listsEveryBlockingItemInclusionsThenExclusionsThenConsent() {
    Map<String, String> values = new HashMap<>();
    values.put("I.EXCL_PREGNANT", "Y");
    values.put("I.INCL_IFX_INDICATED", "N");
    values.put("I.EXCL_SURGERY", "N");
    Eligibility eligibility = CRITERIA.assess(values, TODAY);
    assertThat(eligibility.isEligible()).isFalse();
    assertThat(eligibility.blocking())
        .extracting(BlockingCriterion::toString)
        .containsExactly(
            "I.INCL_AGE: not answered",
            "I.INCL_IFX_INDICATED: inclusion criterion not met (value 'N')",
            "I.EXCL_PREGNANT: exclusion criterion applies (value 'Y')",
            "I.CONSENT_GIVEN: consent not documented",
            "I.CONSENT_DATE: consent not documented");
  }

  @Test
  void alsoChecksCriteriaInTheFormThatTheStudyDoesNotList() {
    Map<String, String> values = eligibleValues();
    values.put("I.INCL_WEIGHT", "N");
    values.put("I.EXCL_OTHER", "N");
    values.put("I.WEIGHT", "31");
    assertThat(CRITERIA.assess(values, TODAY).blocking())
        .containsExactly(new BlockingCriterion("I.INCL_WEIGHT", BlockingReason.NOT_MET, "N"));
  }

  @Test
  void anEmptyFormBlocksOnEveryCriterionAndConsent() {
    assertThat(CRITERIA.assess(Map.of(), TODAY).blocking())
        .extracting(BlockingCriterion::itemOid)
        .containsExactly(
            "I.INCL_AGE",
            "I.INCL_IFX_INDICATED",
            "I.EXCL_PREGNANT",
            "I.EXCL_SURGERY",
            "I.CONSENT_GIVEN",
            "I.CONSENT_DATE");
  }

  @Test
  void rejectsCriteriaThatAreNeitherInclusionNorExclusionItemsOrListedTwice() {
    assertThatThrownBy(() -> new EligibilityCriteria(List.of("I.AGE")))
        .hasMessage("Eligibility criterion I.AGE must start with I.INCL_ or I.EXCL_");
    assertThatThrownBy(() -> new EligibilityCriteria(List.of("I.INCL_AGE", "I.INCL_AGE")))
        .hasMessage("Eligibility criterion I.INCL_AGE is listed twice");
  }

  private static Map<String, String> eligibleValues() {
    Map<String, String> values = new HashMap<>();
    values.put("I.INCL_AGE", "Y");
    values.put("I.INCL_IFX_INDICATED", "Y");
    values.put("I.EXCL_PREGNANT", "N");
    values.put("I.EXCL_SURGERY", " N ");
    values.put("I.CONSENT_GIVEN", "Y");
    values.put("I.CONSENT_DATE", "2025-06-02");
    return values;
  }
}
