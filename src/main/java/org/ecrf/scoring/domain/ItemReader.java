package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads raw CRF values one item at a time and collects a problem for every item that is missing or
 * invalid, so an incomplete result names all of them at once rather than the first. Each read
 * returns {@code null} after recording a problem; the {@code *Inputs} classes build their typed
 * record only when no problem was recorded ({@link #parsed(Supplier)}).
 */
final class ItemReader {

  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

  private final ScoreInput input;
  private final List<ItemProblem> problems = new ArrayList<>();

  ItemReader(ScoreInput input) {
    this.input = input;
  }

  /** Records a problem found by the caller (a rule across items). */
  void report(ItemProblem problem) {
    problems.add(problem);
  }

  /** The typed input when every read succeeded, otherwise every problem recorded. */
  <T> ParsedInput<T> parsed(Supplier<T> typedInput) {
    return problems.isEmpty()
        ? new ParsedInput.Valid<>(typedInput.get())
        : new ParsedInput.Invalid<>(problems);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Whether the item has a value at all (nothing is recorded). */
  boolean isPresent(String oid) {
    return input.value(oid) != null;
  }

  /** A choice item coded with its points; the value must be exactly one of {@code codes}. */
  BigDecimal choicePoints(String oid, String... codes) {
    String raw = required(oid);
    if (raw == null) {
      return null;
    }
    if (!Arrays.asList(codes).contains(raw)) {
      return invalid(oid, "'" + raw + "' is not one of the codes " + String.join(", ", codes));
    }
    return Points.of(raw);
  }

  /** A whole number from {@code min} to {@code max} (a 0-3 grade, a count of stools). */
  Integer wholeNumber(String oid, int min, int max) {
    String raw = required(oid);
    if (raw == null) {
      return null;
    }
    if (!WHOLE_NUMBER.matcher(raw).matches()) {
      return invalid(oid, "'" + raw + "' is not a whole number");
    }
    BigDecimal number = new BigDecimal(raw);
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      String range = max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
      return invalid(oid, raw + " is outside " + range);
    }
    return number.intValueExact();
  }

  /** A non-negative measurement, converted from its entered unit to the quantity's own unit. */
  BigDecimal quantity(String oid, MeasuredQuantity quantity) {
    String raw = required(oid);
    if (raw == null) {
      return null;
    }
    if (!DECIMAL.matcher(raw).matches()) {
      return invalid(oid, "'" + raw + "' is not a number");
    }
    String unit = input.unit(oid);
    Optional<BigDecimal> converted = quantity.toCanonical(new BigDecimal(raw), unit);
    if (converted.isEmpty()) {
      return invalid(
          oid, "unknown unit '" + unit + "' (accepted: " + quantity.acceptedUnits() + ")");
    }
    BigDecimal value = converted.get();
    if (value.signum() < 0) {
      return invalid(oid, raw + " is negative");
    }
    Optional<BigDecimal> maximum = quantity.maximum();
    if (maximum.isPresent() && value.compareTo(maximum.get()) > 0) {
      String entered = unit == null ? raw : raw + " " + unit;
      return invalid(
          oid,
          entered
              + " is "
              + Points.text(value)
              + " "
              + quantity.canonicalUnit()
              + ", above the possible "
              + Points.text(maximum.get()));
    }
    return value;
  }

  /** A code of a closed set whose enum constants are named exactly like the codes. */
  <E extends Enum<E>> E code(String oid, Class<E> type) {
    String raw = required(oid);
    if (raw == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(raw)) {
        return constant;
      }
    }
    String codes =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return invalid(oid, "'" + raw + "' is not one of the codes " + codes);
  }

  /** A required Y/N item. */
  Boolean yesNo(String oid) {
    return required(oid) == null ? null : yesNoValue(oid);
  }

  /** A Y/N item whose absence means {@code whenAbsent}. */
  Boolean yesNo(String oid, boolean whenAbsent) {
    return isPresent(oid) ? yesNoValue(oid) : Boolean.valueOf(whenAbsent);
  }

  /** A required ISO date (yyyy-MM-dd). */
  LocalDate date(String oid) {
    String raw = required(oid);
    if (raw == null) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      return invalid(oid, "'" + raw + "' is not a date of the form yyyy-MM-dd");
    }
  }

  /** The subject's sex. */
  Sex sex() {
    Sex sex = input.subject().sex();
    if (sex == null) {
      problems.add(
          new ItemProblem(SubjectContext.SEX_KEY, ItemProblem.Kind.MISSING, "sex not known"));
    }
    return sex;
  }

  /** Age in completed years on the assessment date (first-day-of-birth-month convention). */
  Integer ageAtAssessment() {
    LocalDate assessmentDate = input.subject().assessmentDate();
    if (assessmentDate == null) {
      problems.add(
          new ItemProblem(
              SubjectContext.ASSESSMENT_DATE_KEY,
              ItemProblem.Kind.MISSING,
              "assessment date not known"));
      return null;
    }
    return ageOn(assessmentDate, SubjectContext.ASSESSMENT_DATE_KEY);
  }

  /** Age in completed years on a date; a date before birth is reported against {@code dateOid}. */
  Integer ageOn(LocalDate date, String dateOid) {
    var birthMonth = input.subject().birthMonth();
    if (birthMonth == null) {
      problems.add(
          new ItemProblem(
              SubjectContext.BIRTH_MONTH_KEY,
              ItemProblem.Kind.MISSING,
              "month of birth not known"));
      return null;
    }
    if (date.isBefore(SubjectContext.assumedBirthDate(birthMonth))) {
      return invalid(dateOid, date + " lies before the month of birth " + birthMonth);
    }
    return SubjectContext.completedYears(birthMonth, date);
  }

  private Boolean yesNoValue(String oid) {
    String raw = input.value(oid);
    return switch (raw) {
      case "Y" -> Boolean.TRUE;
      case "N" -> Boolean.FALSE;
      default -> invalid(oid, "'" + raw + "' is neither Y nor N");
    };
  }

  private String required(String oid) {
    String raw = input.value(oid);
    if (raw == null) {
      problems.add(ItemProblem.missing(oid));
    }
    return raw;
  }

  private <T> T invalid(String oid, String detail) {
    problems.add(ItemProblem.invalid(oid, detail));
    return null;
  }
}
