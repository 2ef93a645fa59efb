package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Turns the raw values of the wPCDAI form ({@code F.WPCDAI}) into a {@link WpcdaiInput}. Item OIDs
 * are fixed by issue 6. Choice items are coded with their weighted points ("7.5" for the middle
 * stools answer); ESR (mm/h) and albumin (g/dL or g/L) are numbers.
 */
public final class WpcdaiInputs {

  public static final String PAIN = "I.WPCDAI_PAIN";
  public static final String WELLBEING = "I.WPCDAI_WELLBEING";
  public static final String STOOLS = "I.WPCDAI_STOOLS";
  public static final String ESR = "I.WPCDAI_ESR";
  public static final String ALBUMIN = "I.WPCDAI_ALBUMIN";
  public static final String WEIGHT = "I.WPCDAI_WEIGHT";
  public static final String PERIANAL = "I.WPCDAI_PERIANAL";
  public static final String EIM = "I.WPCDAI_EIM";

  /** The items in form order. */
  public static final List<String> ITEMS =
      List.of(PAIN, WELLBEING, STOOLS, ESR, ALBUMIN, WEIGHT, PERIANAL, EIM);

  private WpcdaiInputs() {}

  /** The typed input, or every missing and invalid item. */
  public static ParsedInput<WpcdaiInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    BigDecimal pain = reader.choicePoints(PAIN, "0", "10", "20");
    BigDecimal wellBeing = reader.choicePoints(WELLBEING, "0", "10", "20");
    BigDecimal stools = reader.choicePoints(STOOLS, "0", "7.5", "15");
    BigDecimal esr = reader.quantity(ESR, MeasuredQuantity.ESR);
    BigDecimal albumin = reader.quantity(ALBUMIN, MeasuredQuantity.ALBUMIN);
    BigDecimal weight = reader.choicePoints(WEIGHT, "0", "5", "10");
    BigDecimal perianal = reader.choicePoints(PERIANAL, "0", "7.5", "15");
    BigDecimal eim = reader.choicePoints(EIM, "0", "10");
    return reader.parsed(
        () ->
            new WpcdaiInput(
                new WpcdaiInput.History(pain, wellBeing, stools),
                new WpcdaiInput.Laboratory(esr, albumin),
                new WpcdaiInput.Examination(weight, perianal, eim)));
  }
}
