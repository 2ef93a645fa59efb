package org.ecrf.export.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The values one set of SDTM records is made from: the non-repeating item groups of a form taken
 * together (a lab form's sample date and its results; an infusion form's advice and
 * administration), or one row of a repeating group (an adverse event), which also sees its form's
 * non-repeating values for dates.
 *
 * @param visit the visit the form belongs to
 * @param formOid the form
 * @param itemGroupOid the repeating group, or the form's first group
 * @param values the values of this source
 * @param formValues the form's non-repeating values (the same as {@code values} for a form source)
 */
record RecordSource(
    Casebook.Visit visit,
    String formOid,
    String itemGroupOid,
    List<MappedValue> values,
    List<MappedValue> formValues) {

  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

  /** The values of a domain (not its supplemental qualifiers). */
  List<MappedValue> of(String domain) {
    return values.stream()
        .filter(v -> v.annotation.domain().equals(domain) && !v.annotation.isSupplemental())
        .toList();
  }

  /** The supplemental qualifiers of a domain. */
  List<MappedValue> supplementsOf(String domain) {
    return values.stream()
        .filter(v -> v.annotation.isSupplemental() && v.annotation.domain().equals(domain))
        .toList();
  }

  /**
   * An ISO 8601 date or date-time of a timing variable (--DTC, --STDTC, --ENDTC): its date item
   * joined with its time item ({@code 2026-03-02T10:15}). A variable given only a time takes the
   * date of another timing variable of the domain (an infusion's stop time takes the infusion
   * date). Values used are marked written; empty when the source gives no date.
   */
  Optional<String> dtc(String domain, String variable) {
    List<MappedValue> parts = timingValues(domain, variable);
    Optional<String> date =
        parts.stream().map(MappedValue::text).filter(t -> !isTime(t)).findFirst();
    Optional<String> time =
        parts.stream().map(MappedValue::text).filter(RecordSource::isTime).findFirst();
    if (date.isEmpty() && time.isPresent()) {
      date = otherDate(domain, variable);
    }
    if (date.isEmpty()) {
      return Optional.empty();
    }
    parts.forEach(MappedValue::exported);
    String day = date.get();
    boolean fullDate = day.length() == 10;
    return Optional.of(
        time.filter(t -> fullDate && !day.contains("T")).map(t -> day + "T" + t).orElse(day));
  }

  /** The visit's actual date as ISO 8601, if entered. */
  Optional<String> visitDate() {
    return visit.visitDate().map(LocalDate::toString);
  }

  /** The timing variables of a domain that the source's values give, in order. */
  List<String> timingVariables(String domain) {
    return Stream.concat(values.stream(), formValues.stream())
        .filter(v -> v.annotation.domain().equals(domain) && v.annotation.isTiming())
        .map(v -> v.annotation.variable())
        .distinct()
        .toList();
  }

  private List<MappedValue> timingValues(String domain, String variable) {
    List<MappedValue> own =
        new ArrayList<>(values.stream().filter(v -> v.is(domain, variable)).toList());
    if (own.isEmpty()) {
      own.addAll(formValues.stream().filter(v -> v.is(domain, variable)).toList());
    }
    return own;
  }

  private Optional<String> otherDate(String domain, String variable) {
    return timingVariables(domain).stream()
        .filter(other -> !other.equals(variable))
        .flatMap(other -> timingValues(domain, other).stream())
        .map(MappedValue::text)
        .filter(t -> !isTime(t))
        .findFirst();
  }

  static boolean isTime(String text) {
    return TIME.matcher(text).matches();
  }
}
