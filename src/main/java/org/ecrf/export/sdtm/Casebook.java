package org.ecrf.export.sdtm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One subject's captured data as the SDTM mapping reads it: who the subject is (key, site, country,
 * sex, birth month, arm and randomisation date) and its visits with their forms, item groups and
 * current values. The application layer builds it from the database one subject at a time and
 * forgets it once the subject's rows are written.
 *
 * @param subjectKey the platform's key ({@code POT-0007}), exported as SUBJID
 * @param siteCode the site (SITEID)
 * @param countryCode the site's ISO 3166-1 alpha-3 or alpha-2 country code
 * @param sex {@code M} or {@code F}
 * @param birthMonth month and year of birth
 * @param armCode the allocated arm, empty before randomisation
 * @param randomisedOn the date of allocation, empty before randomisation
 * @param visits the visits in the order they were created
 */
public record Casebook(
    String subjectKey,
    String siteCode,
    String countryCode,
    String sex,
    Optional<YearMonth> birthMonth,
    Optional<String> armCode,
    Optional<LocalDate> randomisedOn,
    List<Visit> visits) {

  public Casebook {
    Objects.requireNonNull(subjectKey, "subjectKey");
    visits = List.copyOf(visits);
  }

  /** The number of forms across the visits. */
  public long formCount() {
    return visits.stream().mapToLong(visit -> visit.forms().size()).sum();
  }

  /**
   * One visit (ODM StudyEventData).
   *
   * @param eventOid the StudyEventDef
   * @param repeatKey 1 for a non-repeating event
   * @param visitDate the actual date, empty when not entered or missed
   * @param missed whether the visit is marked as not having taken place
   * @param missedReason why, when missed
   * @param forms its forms in order
   */
  public record Visit(
      String eventOid,
      int repeatKey,
      Optional<LocalDate> visitDate,
      boolean missed,
      Optional<String> missedReason,
      List<Form> forms) {

    public Visit {
      forms = List.copyOf(forms);
    }
  }

  /** One form of a visit (ODM FormData) with its item-group instances in order. */
  public record Form(String formOid, int repeatKey, List<Group> groups) {

    public Form {
      groups = List.copyOf(groups);
    }
  }

  /** One item-group instance (a row of a repeating group) with its values. */
  public record Group(String itemGroupOid, int repeatKey, List<Value> values) {

    public Group {
      values = List.copyOf(values);
    }

    /** The value of an item in this instance, if entered. */
    public Optional<Value> value(String itemOid) {
      return values.stream().filter(v -> v.itemOid().equals(itemOid)).findFirst();
    }
  }

  /**
   * One current value.
   *
   * @param itemOid the ItemDef
   * @param text the value as entered (coded value for choice items, ISO 8601 for dates)
   * @param unitOid the unit it was entered in, if any
   * @param standardValue the number converted to the item's standard unit, if numeric
   */
  public record Value(
      String itemOid, String text, Optional<String> unitOid, Optional<BigDecimal> standardValue) {

    public Value {
      Objects.requireNonNull(itemOid, "itemOid");
      text = text == null ? "" : text;
    }

    /** A value without unit. */
    public static Value of(String itemOid, String text) {
      return new Value(itemOid, text, Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
      return text.isBlank();
    }
  }
}
