package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.domain.DataType;

/**
 * An entered value read as its ODM data type, for storing typed beside the text (so that data can
 * be queried as numbers and dates) and for comparisons. {@link #text()} is the canonical text:
 * numbers without sign or leading zeros as written in plain notation ({@code +007.50} is {@code
 * 7.50}), dates and times as ISO 8601.
 */
public sealed interface TypedValue {

  /** The canonical text of the value. */
  String text();

  /** An integer, float or double, exactly as entered (trailing decimal zeros kept). */
  record NumberValue(BigDecimal value) implements TypedValue {
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  /** A complete calendar date. */
  record DateValue(LocalDate value) implements TypedValue {
    public DateValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }
  }

  /** A time of day; {@code text} as entered (HH:MM or HH:MM:SS). */
  record TimeValue(LocalTime value, String text) implements TypedValue {
    public TimeValue {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A date and time, with its UTC offset when one was written. */
  record DateTimeValue(LocalDateTime value, Optional<ZoneOffset> offset, String text)
      implements TypedValue {
    public DateTimeValue {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(offset, "offset");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A partial date, time or date-time (ODM partialDate and friends): only its text is exact. */
  record PartialValue(DataType type, String text) implements TypedValue {
    public PartialValue {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(text, "text");
    }
  }

  /** An ODM boolean; {@code text} as written (true, false, 1 or 0). */
  record BooleanValue(boolean value, String text) implements TypedValue {
    public BooleanValue {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Text (ODM text, string and the types the platform keeps as text). */
  record TextValue(String text) implements TypedValue {
    public TextValue {
      Objects.requireNonNull(text, "text");
    }
  }
}
