package org.ecrf.export.sdtm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.testing.TopitDefinition;

/** The real TOPIT definition (read once) and builders of casebooks for the mapping tests. */
final class TopitSdtm {

  static final LocalDate WEEK0 = LocalDate.of(2026, 3, 2);

  private TopitSdtm() {}

  static StudyDefinition definition() {
    return TopitDefinition.get();
  }

  static SdtmStudyMap map() {
    return SdtmStudyMap.of(definition(), SdtmSettings.DEFAULT);
  }

  /** A girl born November 2013 at site DE01 (Germany), of the arm given (or not randomised). */
  static Casebook child(Optional<String> arm, List<Casebook.Visit> visits) {
    return new Casebook(
        "DE01-0007",
        "DE01",
        "DE",
        "F",
        Optional.of(YearMonth.of(2013, 11)),
        arm,
        arm.map(a -> WEEK0.minusDays(3)),
        visits);
  }

  static Casebook.Visit visit(String eventOid, LocalDate date, Casebook.Form... forms) {
    return new Casebook.Visit(
        eventOid, 1, Optional.ofNullable(date), false, Optional.empty(), List.of(forms));
  }

  static Casebook.Visit missed(String eventOid, String reason) {
    return new Casebook.Visit(eventOid, 1, Optional.empty(), true, Optional.of(reason), List.of());
  }

  static Casebook.Form form(String formOid, Casebook.Group... groups) {
    return new Casebook.Form(formOid, 1, List.of(groups));
  }

  /** A group instance from pairs of item OID and value ({@code null} values are left out). */
  static Casebook.Group group(String itemGroupOid, int repeatKey, String... pairs) {
    List<Casebook.Value> values = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        values.add(Casebook.Value.of(pairs[i], pairs[i + 1]));
      }
    }
    return new Casebook.Group(itemGroupOid, repeatKey, values);
  }

  static Casebook.Group group(String itemGroupOid, Casebook.Value... values) {
    return new Casebook.Group(itemGroupOid, 1, List.of(values));
  }

  static Casebook.Value measured(String itemOid, String text, String unitOid, String standard) {
    return new Casebook.Value(
        itemOid, text, Optional.of(unitOid), Optional.ofNullable(standard).map(BigDecimal::new));
  }
}
