package org.ecrf.dosing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored values of some items of one form of one visit, as text (numbers in the item's standard
 * unit, dates as ISO dates): a trough form or an infusion form, read for the dosing advice.
 *
 * @param eventOid the visit's StudyEvent OID
 * @param repeatKey the visit's repeat key (1 for a non-repeating visit)
 * @param values item OID to stored text; items without a value are absent
 */
public record StoredForm(String eventOid, int repeatKey, Map<String, String> values) {

  public StoredForm {
    Objects.requireNonNull(eventOid, "eventOid");
    values = Map.copyOf(values);
  }

  public boolean isAt(String otherEventOid, int otherRepeatKey) {
    return eventOid.equals(otherEventOid) && repeatKey == otherRepeatKey;
  }

  /** The text of an item; empty when it has no value. */
  public Optional<String> text(String itemOid) {
    return Optional.ofNullable(values.get(itemOid)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /**
   * A number item's value.
   *
   * @throws IllegalStateException naming the item and visit when the stored text is not a number
   */
  public Optional<BigDecimal> decimal(String itemOid) {
    return text(itemOid).map(text -> parse(itemOid, text, BigDecimal::new));
  }

  /** A date item's value. */
  public Optional<LocalDate> date(String itemOid) {
    return text(itemOid).map(text -> parse(itemOid, text, LocalDate::parse));
  }

  private <T> T parse(String itemOid, String text, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Stored value '" + text + "' of " + itemOid + " at " + describe() + " cannot be read", e);
    }
  }

  /** "SE.WEEK14[1]", for messages. */
  public String describe() {
    return eventOid + "[" + repeatKey + "]";
  }
}
