package org.ecrf.scoring.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the Paris Crohn's disease items and the subject's month of birth into a {@link
 * ParisCdInput}: {@code I.PARIS_LOCATION} (L1/L2/L3/NONE), {@code I.PARIS_L4A} and {@code
 * I.PARIS_L4B} (Y/N), {@code I.PARIS_BEHAVIOUR} (B1/B2/B3/B2B3), {@code I.PARIS_PERIANAL} (Y/N),
 * {@code I.PARIS_GROWTH} (G0/G1), {@code I.DIAG_DATE} (yyyy-MM-dd). The age at diagnosis uses the
 * first-day-of-birth-month convention of {@link SubjectContext}. Location NONE without L4a or L4b
 * leaves the disease without a location and is invalid. L4a and L4b together are accepted (the spec
 * assumes, without a source, that they can be coded together).
 */
public final class ParisCdInputs {

  public static final String LOCATION = "I.PARIS_LOCATION";
  public static final String L4A = "I.PARIS_L4A";
  public static final String L4B = "I.PARIS_L4B";
  public static final String BEHAVIOUR = "I.PARIS_BEHAVIOUR";
  public static final String PERIANAL = "I.PARIS_PERIANAL";
  public static final String GROWTH = "I.PARIS_GROWTH";
  public static final String DIAGNOSIS_DATE = "I.DIAG_DATE";

  /** The items in form order. */
  public static final List<String> ITEMS =
      List.of(LOCATION, L4A, L4B, BEHAVIOUR, PERIANAL, GROWTH, DIAGNOSIS_DATE);

  private ParisCdInputs() {}

  /** The typed input, or every missing and invalid item and subject fact. */
  public static ParsedInput<ParisCdInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    var location = reader.code(LOCATION, ParisCdClassification.Location.class);
    Boolean l4a = reader.yesNo(L4A);
    Boolean l4b = reader.yesNo(L4B);
    var behaviour = reader.code(BEHAVIOUR, ParisCdClassification.Behaviour.class);
    Boolean perianal = reader.yesNo(PERIANAL);
    var growth = reader.code(GROWTH, ParisCdClassification.Growth.class);
    LocalDate diagnosed = reader.date(DIAGNOSIS_DATE);
    Integer age = diagnosed == null ? null : reader.ageOn(diagnosed, DIAGNOSIS_DATE);
    if (location == ParisCdClassification.Location.NONE
        && Boolean.FALSE.equals(l4a)
        && Boolean.FALSE.equals(l4b)) {
      reader.report(ItemProblem.invalid(LOCATION, "NONE needs upper-GI disease (L4a or L4b = Y)"));
    }
    return reader.parsed(
        () -> new ParisCdInput(age, location, upperGi(l4a, l4b), behaviour, perianal, growth));
  }

  private static Set<ParisCdClassification.UpperGi> upperGi(boolean l4a, boolean l4b) {
    Set<ParisCdClassification.UpperGi> modifiers =
        EnumSet.noneOf(ParisCdClassification.UpperGi.class);
    if (l4a) {
      modifiers.add(ParisCdClassification.UpperGi.L4A);
    }
    if (l4b) {
      modifiers.add(ParisCdClassification.UpperGi.L4B);
    }
    return modifiers;
  }
}
