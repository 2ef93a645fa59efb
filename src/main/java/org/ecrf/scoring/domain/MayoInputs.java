package org.ecrf.scoring.domain;

import java.util.List;

/**
 * Turns the full Mayo items into a {@link MayoInput}: {@code I.MAYO_STOOL_FREQ}, {@code
 * I.MAYO_RECTAL_BLEEDING}, {@code I.MAYO_ENDO} (the endoscopic subscore of {@code F.ENDO_UC}) and
 * {@code I.MAYO_PGA}, each 0-3.
 */
public final class MayoInputs {

  public static final String STOOL_FREQUENCY = "I.MAYO_STOOL_FREQ";
  public static final String RECTAL_BLEEDING = "I.MAYO_RECTAL_BLEEDING";
  public static final String ENDOSCOPY = "I.MAYO_ENDO";
  public static final String PHYSICIAN_GLOBAL = "I.MAYO_PGA";

  /** The items in form order. */
  public static final List<String> ITEMS =
      List.of(STOOL_FREQUENCY, RECTAL_BLEEDING, ENDOSCOPY, PHYSICIAN_GLOBAL);

  private MayoInputs() {}

  /** The typed input, or every missing and invalid item. */
  public static ParsedInput<MayoInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    Integer stools = reader.wholeNumber(STOOL_FREQUENCY, 0, 3);
    Integer bleeding = reader.wholeNumber(RECTAL_BLEEDING, 0, 3);
    Integer endoscopy = reader.wholeNumber(ENDOSCOPY, 0, 3);
    Integer global = reader.wholeNumber(PHYSICIAN_GLOBAL, 0, 3);
    return reader.parsed(() -> new MayoInput(stools, bleeding, endoscopy, global));
  }
}
