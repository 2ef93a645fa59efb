package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Turns the raw values of the PCDAI form ({@code F.PCDAI}) and the subject's sex and age into a
 * {@link PcdaiInput}. Item OIDs are fixed by issue 6. Choice items are coded 0, 5, 10; hematocrit
 * (% or L/L), ESR (mm/h) and albumin (g/dL or g/L) are numbers, converted to %, mm/h and g/dL.
 */
public final class PcdaiInputs {

  public static final String PAIN = "I.PCDAI_PAIN";
  public static final String STOOLS = "I.PCDAI_STOOLS";
  public static final String WELLBEING = "I.PCDAI_WELLBEING";
  public static final String HCT = "I.PCDAI_HCT";
  public static final String ESR = "I.PCDAI_ESR";
  public static final String ALBUMIN = "I.PCDAI_ALBUMIN";
  public static final String WEIGHT = "I.PCDAI_WEIGHT";
  public static final String HEIGHT = "I.PCDAI_HEIGHT";
  public static final String ABDOMEN = "I.PCDAI_ABDOMEN";
  public static final String PERIRECTAL = "I.PCDAI_PERIRECTAL";
  public static final String EIM = "I.PCDAI_EIM";

  /** The items in form order. */
  public static final List<String> ITEMS =
      List.of(PAIN, STOOLS, WELLBEING, HCT, ESR, ALBUMIN, WEIGHT, HEIGHT, ABDOMEN, PERIRECTAL, EIM);

  private static final String[] CHOICE_CODES = {"0", "5", "10"};

  private PcdaiInputs() {}

  /** The typed input, or every missing and invalid item and subject fact. */
  public static ParsedInput<PcdaiInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    BigDecimal pain = choice(reader, PAIN);
    BigDecimal stools = choice(reader, STOOLS);
    BigDecimal wellBeing = choice(reader, WELLBEING);
    BigDecimal hematocrit = reader.quantity(HCT, MeasuredQuantity.HEMATOCRIT);
    BigDecimal esr = reader.quantity(ESR, MeasuredQuantity.ESR);
    BigDecimal albumin = reader.quantity(ALBUMIN, MeasuredQuantity.ALBUMIN);
    BigDecimal weight = choice(reader, WEIGHT);
    BigDecimal height = choice(reader, HEIGHT);
    BigDecimal abdomen = choice(reader, ABDOMEN);
    BigDecimal perirectal = choice(reader, PERIRECTAL);
    BigDecimal eim = choice(reader, EIM);
    Sex sex = reader.sex();
    Integer age = reader.ageAtAssessment();
    if (age != null && age > HematocritBand.OLDEST_AGE) {
      reader.report(
          ItemProblem.invalid(
              HCT,
              "cannot be scored: age "
                  + age
                  + " years at assessment is beyond the PCDAI hematocrit bands (0-"
                  + HematocritBand.OLDEST_AGE
                  + ")"));
    }
    return reader.parsed(
        () ->
            new PcdaiInput(
                new PcdaiInput.History(pain, stools, wellBeing),
                new PcdaiInput.Laboratory(hematocrit, esr, albumin),
                new PcdaiInput.Examination(weight, height, abdomen, perirectal, eim),
                sex,
                age));
  }

  private static BigDecimal choice(ItemReader reader, String oid) {
    return reader.choicePoints(oid, CHOICE_CODES);
  }
}
