package org.ecrf.subject.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eligibility criteria of a study, by the item OIDs of its eligibility form, and the rule that
 * decides from the form's values whether a subject may be randomised (issue 5):
 *
 * <ul>
 *   <li>every inclusion item ({@code I.INCL_*}) is {@code Y};
 *   <li>every exclusion item ({@code I.EXCL_*}) is {@code N};
 *   <li>{@code I.CONSENT_GIVEN} is {@code Y} and {@code I.CONSENT_DATE} is an ISO date ({@code
 *       YYYY-MM-DD}) not after the day of the check.
 * </ul>
 *
 * <p>The expected criteria come from the study definition, so that a criterion without an answer
 * blocks. Inclusion or exclusion items in the values that the study does not list are checked as
 * well: an answered {@code N} to any inclusion item never lets a subject through. Values are
 * compared after trimming, with the codes exactly as in the code list ({@code Y}, {@code N}).
 *
 * @param criterionOids the inclusion and exclusion item OIDs of the eligibility form, in form order
 */
public record EligibilityCriteria(List<String> criterionOids) {

  public static final String INCLUSION_PREFIX = "I.INCL_";
  public static final String EXCLUSION_PREFIX = "I.EXCL_";
  public static final String CONSENT_GIVEN = "I.CONSENT_GIVEN";
  public static final String CONSENT_DATE = "I.CONSENT_DATE";
  private static final String YES = "Y";
  private static final String NO = "N";

  public EligibilityCriteria {
    criterionOids = List.copyOf(criterionOids);
    Set<String> seen = new HashSet<>();
    for (String oid : criterionOids) {
      if (!isCriterion(oid)) {
        throw new IllegalArgumentException(
            "Eligibility criterion "
                + oid
                + " must start with "
                + INCLUSION_PREFIX
                + " or "
                + EXCLUSION_PREFIX);
      }
      if (!seen.add(oid)) {
        throw new IllegalArgumentException("Eligibility criterion " + oid + " is listed twice");
      }
    }
  }

  /**
   * Checks the eligibility form's values.
   *
   * @param values item OID to raw value as stored (missing or blank means not answered)
   * @param today the day of the check: a consent dated later is invalid
   */
  public Eligibility assess(Map<String, String> values, LocalDate today) {
    List<BlockingCriterion> blocking = new ArrayList<>();
    for (String oid : criteriaToCheck(values)) {
      String value = trimmed(values.get(oid));
      boolean inclusion = oid.startsWith(INCLUSION_PREFIX);
      if (value.isEmpty()) {
        blocking.add(new BlockingCriterion(oid, BlockingReason.NOT_ANSWERED, value));
      } else if (!value.equals(YES) && !value.equals(NO)) {
        blocking.add(new BlockingCriterion(oid, BlockingReason.INVALID_VALUE, value));
      } else if (inclusion && value.equals(NO)) {
        blocking.add(new BlockingCriterion(oid, BlockingReason.NOT_MET, value));
      } else if (!inclusion && value.equals(YES)) {
        blocking.add(new BlockingCriterion(oid, BlockingReason.EXCLUSION_APPLIES, value));
      }
    }
    checkConsent(values, today, blocking);
    return new Eligibility(blocking);
  }

  /** Listed criteria, plus unlisted ones present in the values; inclusion before exclusion. */
  private List<String> criteriaToCheck(Map<String, String> values) {
    List<String> criteria = new ArrayList<>(criterionOids);
    Set<String> unlisted = new TreeSet<>();
    for (String oid : values.keySet()) {
      if (isCriterion(oid) && !criterionOids.contains(oid)) {
        unlisted.add(oid);
      }
    }
    criteria.addAll(unlisted);
    criteria.sort(Comparator.comparing(oid -> !oid.startsWith(INCLUSION_PREFIX)));
    return criteria;
  }

  private static void checkConsent(
      Map<String, String> values, LocalDate today, List<BlockingCriterion> blocking) {
    String given = trimmed(values.get(CONSENT_GIVEN));
    if (!given.equals(YES)) {
      blocking.add(new BlockingCriterion(CONSENT_GIVEN, BlockingReason.CONSENT_MISSING, given));
    }
    String date = trimmed(values.get(CONSENT_DATE));
    if (date.isEmpty()) {
      blocking.add(new BlockingCriterion(CONSENT_DATE, BlockingReason.CONSENT_MISSING, date));
      return;
    }
    try {
      if (LocalDate.parse(date).isAfter(today)) {
        blocking.add(new BlockingCriterion(CONSENT_DATE, BlockingReason.INVALID_VALUE, date));
      }
    } catch (DateTimeParseException e) {
      blocking.add(new BlockingCriterion(CONSENT_DATE, BlockingReason.INVALID_VALUE, date));
    }
  }

  private static boolean isCriterion(String oid) {
    return oid != null && (oid.startsWith(INCLUSION_PREFIX) || oid.startsWith(EXCLUSION_PREFIX));
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
