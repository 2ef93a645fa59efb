package org.ecrf.scoring.domain;

import java.util.List;

/**
 * Turns the UCEIS items of the UC endoscopy form ({@code F.ENDO_UC}) into a {@link UceisInput}:
 * {@code I.UCEIS_VASCULAR} (0-2), {@code I.UCEIS_BLEEDING} (0-3), {@code I.UCEIS_EROSIONS} (0-3).
 */
public final class UceisInputs {

  public static final String VASCULAR = "I.UCEIS_VASCULAR";
  public static final String BLEEDING = "I.UCEIS_BLEEDING";
  public static final String EROSIONS = "I.UCEIS_EROSIONS";

  /** The items in form order. */
  public static final List<String> ITEMS = List.of(VASCULAR, BLEEDING, EROSIONS);

  private UceisInputs() {}

  /** The typed input, or every missing and invalid item. */
  public static ParsedInput<UceisInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    Integer vascular = reader.wholeNumber(VASCULAR, 0, 2);
    Integer bleeding = reader.wholeNumber(BLEEDING, 0, 3);
    Integer erosions = reader.wholeNumber(EROSIONS, 0, 3);
    return reader.parsed(() -> new UceisInput(vascular, bleeding, erosions));
  }
}
