package org.ecrf.crf.domain;

/** How a choice from a code list is entered (extension edc:Control on ItemDef). */
public enum InputControl {
  /** All options visible at once; for short scales such as score items. */
  RADIO,
  /** A drop-down list; for long lists. */
  SELECT
}
