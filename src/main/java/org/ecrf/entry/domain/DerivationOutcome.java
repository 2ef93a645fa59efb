package org.ecrf.entry.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a derivation gave for a derived item: a value, no value for a stated reason, or nothing
 * because inputs are missing or invalid. A derived item is never guessed: without a value it stays
 * empty and shows the reason.
 */
public sealed interface DerivationOutcome {

  /** The computed value as the item stores it ("35", "MODERATE"). */
  record Computed(String value) implements DerivationOutcome {
    public Computed {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The inputs are complete but give no value, for the reason stated (in English). */
  record NoValue(String reason) implements DerivationOutcome {
    public NoValue {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Inputs are missing or invalid.
   *
   * @param itemOids the item OIDs (or subject fact keys such as {@code SUBJECT.SEX}) that are
   *     missing or invalid, each once
   * @param detail a sentence for the data manager (English)
   */
  record Incomplete(List<String> itemOids, String detail) implements DerivationOutcome {
    public Incomplete {
      itemOids = List.copyOf(itemOids);
      Objects.requireNonNull(detail, "detail");
    }
  }
}
