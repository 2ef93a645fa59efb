package org.ecrf.entry.domain;

/**
 * The engine's own message texts in English and German (the RangeCheck ErrorMessages of a
 * definition take precedence over the range texts). Placeholders: {@code {q}} the item's question,
 * {@code {v}} the value as entered, {@code {1}} and {@code {2}} details. The catalogue is listed in
 * the package's report to the integrator; the page shows these texts as they are.
 */
enum BuiltInText {
  NOT_WHOLE_NUMBER("{q}: {v} is not a whole number", "{q}: {v} ist keine ganze Zahl"),
  NOT_A_NUMBER("{q}: {v} is not a number", "{q}: {v} ist keine Zahl"),
  DECIMAL_COMMA(
      "{q}: {v} has a decimal comma; write a decimal point: {1}",
      "{q}: {v} enthält ein Dezimalkomma; bitte mit Dezimalpunkt schreiben: {1}"),
  NOT_FINITE("{q}: {v} is not a finite number", "{q}: {v} ist keine endliche Zahl"),
  NUMBER_OUT_OF_RANGE(
      "{q}: {v} is outside the numbers the platform stores (at most {1} digits before and after"
          + " the decimal point)",
      "{q}: {v} liegt außerhalb der Zahlen, die die Plattform speichert (höchstens {1} Stellen vor"
          + " und nach dem Dezimalpunkt)"),
  NOT_A_DATE(
      "{q}: {v} is not a date; write YYYY-MM-DD, e.g. 2026-03-14",
      "{q}: {v} ist kein Datum; bitte JJJJ-MM-TT schreiben, z. B. 2026-03-14"),
  NO_SUCH_DAY("{q}: {v} does not exist in the calendar", "{q}: {v} gibt es im Kalender nicht"),
  NOT_A_TIME(
      "{q}: {v} is not a time; write HH:MM on the 24-hour clock, e.g. 14:30",
      "{q}: {v} ist keine Uhrzeit; bitte HH:MM im 24-Stunden-Format schreiben, z. B. 14:30"),
  NOT_A_DATETIME(
      "{q}: {v} is not a date and time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-14T14:30",
      "{q}: {v} ist kein Zeitpunkt; bitte JJJJ-MM-TTTHH:MM schreiben, z. B. 2026-03-14T14:30"),
  NOT_A_PARTIAL_DATE(
      "{q}: {v} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
      "{q}: {v} ist kein Datum; bitte JJJJ, JJJJ-MM oder JJJJ-MM-TT schreiben"),
  NOT_A_PARTIAL_TIME(
      "{q}: {v} is not a time; write HH, HH:MM or HH:MM:SS",
      "{q}: {v} ist keine Uhrzeit; bitte HH, HH:MM oder HH:MM:SS schreiben"),
  NOT_A_PARTIAL_DATETIME(
      "{q}: {v} is not a date and time; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
      "{q}: {v} ist kein Zeitpunkt; bitte JJJJ, JJJJ-MM, JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM"
          + " schreiben"),
  NOT_A_BOOLEAN(
      "{q}: {v} is neither true nor false", "{q}: {v} ist weder true (wahr) noch false (falsch)"),
  FORBIDDEN_CHARACTER(
      "{q}: the text contains a control character that cannot be stored (character {1})",
      "{q}: der Text enthält ein Steuerzeichen, das nicht gespeichert werden kann (Zeichen {1})"),
  TOO_LONG(
      "{q}: {1} characters entered, at most {2} allowed",
      "{q}: {1} Zeichen eingegeben, höchstens {2} erlaubt"),
  TOO_MANY_DIGITS(
      "{q}: {v} has {1} digits, at most {2} allowed",
      "{q}: {v} hat {1} Stellen, höchstens {2} erlaubt"),
  TOO_MANY_DECIMALS(
      "{q}: {v} has more than {1} decimal place(s)",
      "{q}: {v} hat mehr als {1} Nachkommastelle(n)"),
  NOT_IN_CODE_LIST(
      "{q}: {v} is not one of the choices ({1})",
      "{q}: {v} ist keine der Antwortmöglichkeiten ({1})"),
  UNIT_NOT_EXPECTED(
      "{q}: the item has no unit, but {1} was given",
      "{q}: das Item hat keine Einheit, angegeben wurde aber {1}"),
  UNIT_NOT_ALLOWED(
      "{q}: the unit {1} is not one of the item's units ({2})",
      "{q}: die Einheit {1} ist keine Einheit dieses Items ({2})"),
  NO_CONVERSION(
      "{q}: {v} cannot be converted from {1} to {2}: the definition has no conversion",
      "{q}: {v} kann nicht von {1} in {2} umgerechnet werden: die Definition hat keine"
          + " Umrechnung"),
  RANGE_LT("{q}: {v} is not below {1}", "{q}: {v} liegt nicht unter {1}"),
  RANGE_LE("{q}: {v} is above {1}", "{q}: {v} liegt über {1}"),
  RANGE_GT("{q}: {v} is not above {1}", "{q}: {v} liegt nicht über {1}"),
  RANGE_GE("{q}: {v} is below {1}", "{q}: {v} liegt unter {1}"),
  RANGE_EQ("{q}: {v} is not {1}", "{q}: {v} ist nicht {1}"),
  RANGE_NE("{q}: {v} must not be {1}", "{q}: {v} darf nicht {1} sein"),
  RANGE_IN("{q}: {v} is not one of {1}", "{q}: {v} ist keiner der Werte {1}"),
  RANGE_NOTIN("{q}: {v} must not be one of {1}", "{q}: {v} darf keiner der Werte {1} sein"),
  RANGE_EXPRESSION(
      "{q}: {v} does not meet the check {1}", "{q}: {v} erfüllt die Prüfung {1} nicht"),
  SOFT_SUFFIX("; please check.", "; bitte prüfen."),
  HARD_SUFFIX("; the value cannot be accepted.", "; der Wert kann nicht angenommen werden."),
  MISSING_VALUE("{q}: a value is required", "{q}: ein Wert ist erforderlich"),
  MISSING_ROW("{q}: at least one row is required", "{q}: mindestens eine Zeile ist erforderlich"),
  DERIVATION_INCOMPLETE(
      "{q}: not computed; missing or invalid: {1}",
      "{q}: nicht berechnet; fehlt oder ungültig: {1}"),
  DERIVATION_NO_VALUE("{q}: no value ({1})", "{q}: kein Wert ({1})"),
  DERIVED_INPUT_IGNORED(
      "{q}: computed by the platform; the entered value {v} is not used",
      "{q}: wird von der Plattform berechnet; der eingegebene Wert {v} wird nicht verwendet"),
  DERIVED_VALUE_UNFIT(
      "{q}: the computed value {v} does not fit the item and is not stored; please tell the data"
          + " manager",
      "{q}: der berechnete Wert {v} passt nicht zum Item und wird nicht gespeichert; bitte das"
          + " Datenmanagement informieren"),
  UNKNOWN_GROUP(
      "Item group {v} is not part of form {1}; its values are not used",
      "Die Item-Gruppe {v} gehört nicht zum Formular {1}; ihre Werte werden nicht verwendet"),
  NOT_REPEATING(
      "Item group {v} does not repeat: its repeat key must be 1, not {1}",
      "Die Item-Gruppe {v} wiederholt sich nicht: ihr Wiederholungsschlüssel muss 1 sein, nicht"
          + " {1}"),
  UNKNOWN_ITEM(
      "{v}: no such item in the study definition; the value is not used",
      "{v}: dieses Item gibt es in der Studiendefinition nicht; der Wert wird nicht verwendet"),
  ITEM_NOT_IN_GROUP(
      "{v} does not belong to item group {1}; the value is not used",
      "{v} gehört nicht zur Item-Gruppe {1}; der Wert wird nicht verwendet"),
  FACT_SEX("sex", "Geschlecht"),
  FACT_BIRTH_MONTH("month of birth", "Geburtsmonat"),
  FACT_VISIT_DATE("visit date", "Besuchsdatum");

  private final String english;
  private final String german;

  BuiltInText(String english, String german) {
    this.english = english;
    this.german = german;
  }

  /** The template in English. */
  String english() {
    return english;
  }

  /** The template in German. */
  String german() {
    return german;
  }
}
