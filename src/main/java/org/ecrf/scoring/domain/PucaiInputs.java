package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Turns the raw values of the PUCAI form ({@code F.PUCAI}) into a {@link PucaiInput}. The item OIDs
 * are fixed by issue 6; choice items are coded with their published points.
 */
public final class PucaiInputs {

  public static final String PAIN = "I.PUCAI_PAIN";
  public static final String BLEEDING = "I.PUCAI_BLEEDING";
  public static final String CONSISTENCY = "I.PUCAI_CONSISTENCY";
  public static final String STOOLS = "I.PUCAI_STOOLS";
  public static final String NOCTURNAL = "I.PUCAI_NOCTURNAL";
  public static final String ACTIVITY = "I.PUCAI_ACTIVITY";

  /** The items in form order. */
  public static final List<String> ITEMS =
      List.of(PAIN, BLEEDING, CONSISTENCY, STOOLS, NOCTURNAL, ACTIVITY);

  private PucaiInputs() {}

  /** The typed input, or every missing and invalid item. */
  public static ParsedInput<PucaiInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    BigDecimal pain = reader.choicePoints(PAIN, "0", "5", "10");
    BigDecimal bleeding = reader.choicePoints(BLEEDING, "0", "10", "20", "30");
    BigDecimal consistency = reader.choicePoints(CONSISTENCY, "0", "5", "10");
    Integer stools = reader.wholeNumber(STOOLS, 0, Integer.MAX_VALUE);
    BigDecimal nocturnal = reader.choicePoints(NOCTURNAL, "0", "10");
    BigDecimal activity = reader.choicePoints(ACTIVITY, "0", "5", "10");
    return reader.parsed(
        () ->
            new PucaiInput(pain, bleeding, consistency, stools, nocturnal.signum() > 0, activity));
  }
}
