package org.ecrf.crf.web;

import org.ecrf.crf.domain.InputControl;
import org.ecrf.crf.domain.ItemDef;

/**
 * Which input a form item gets on the generic entry page, from its ODM definition: choices as radio
 * buttons (short scales) or a drop-down (long lists, or when the definition asks for one), numbers
 * and texts as text fields, dates and times with the browser's calendar and clock, derived items as
 * read-only values the server computes.
 */
public enum ItemInputKind {
  RADIO,
  SELECT,
  NUMBER,
  DATE,
  TIME,
  DATETIME,
  PARTIAL_DATE,
  TEXT,
  TEXTAREA,
  DERIVED;

  /** Code lists longer than this become a drop-down unless the definition says otherwise. */
  static final int MAX_RADIO_CHOICES = 6;

  private static final int MAX_SINGLE_LINE = 200;

  static ItemInputKind of(ItemDef item, int choices, boolean derived) {
    if (derived) {
      return DERIVED;
    }
    if (item.codeListOid().isPresent()) {
      InputControl control =
          item.presentation()
              .control()
              .orElse(choices <= MAX_RADIO_CHOICES ? InputControl.RADIO : InputControl.SELECT);
      return control == InputControl.RADIO ? RADIO : SELECT;
    }
    return switch (item.dataType()) {
      case INTEGER, FLOAT, DOUBLE -> NUMBER;
      case DATE -> DATE;
      case TIME -> TIME;
      case DATETIME -> DATETIME;
      case PARTIAL_DATE -> PARTIAL_DATE;
      default -> item.format().length().orElse(0) > MAX_SINGLE_LINE ? TEXTAREA : TEXT;
    };
  }

  /** The HTML input type of a text-like input. */
  public String htmlType() {
    return switch (this) {
      case DATE -> "date";
      case TIME -> "time";
      case DATETIME -> "datetime-local";
      default -> "text";
    };
  }

  /** The id of the input component on the entry page, for its label. */
  public String inputId() {
    return switch (this) {
      case RADIO -> "valueRadio";
      case SELECT -> "valueSelect";
      case TEXTAREA -> "valueArea";
      case DERIVED -> "derived";
      default -> "valueText";
    };
  }

  /** The keyboard a phone or tablet shows for the input. */
  public String inputMode() {
    return this == NUMBER ? "decimal" : "text";
  }

  /** True for kinds typed into a single text field. */
  public boolean isTyped() {
    return this == NUMBER
        || this == DATE
        || this == TIME
        || this == DATETIME
        || this == PARTIAL_DATE
        || this == TEXT;
  }
}
