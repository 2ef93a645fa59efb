package org.ecrf.export.sdtm;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.domain.ArmDef;

/**
 * The DM record of a subject, built last from the subject, its site, its arm and its other records:
 *
 * <ul>
 *   <li>SEX and BRTHDTC from the items annotated {@code DM.SEX} and {@code DM.BRTHDTC}, else from
 *       the registration (BRTHDTC is a month: {@code 2013-11});
 *   <li>RFICDTC: the date of the milestone {@value #CONSENT}; RFXSTDTC and RFSTDTC: the first
 *       EXSTDTC; RFXENDTC: the item annotated {@code DM.RFXENDTC}, else the last EXSTDTC; RFENDTC:
 *       the date of the disposition event; RFPENDTC: the last date of any visit or DS record;
 *   <li>AGE in completed years at RFICDTC (else RFSTDTC), from the birth month by {@link
 *       SdtmSettings#birthDay()}, AGEU = YEARS;
 *   <li>ARMCD/ARM from the allocation; ACTARMCD/ACTARM the same once the subject has an EX record;
 *       ARMNRS = {@code NOT ASSIGNED} before randomisation, {@code ASSIGNED, NOT TREATED} after it
 *       without infusion (CDISC ARMNULRS);
 *   <li>COUNTRY as ISO 3166-1 alpha-3 from the site's country code.
 * </ul>
 */
final class DemographicsRecord {

  static final String CONSENT = "INFORMED CONSENT OBTAINED";

  private final SdtmStudyMap map;
  private final ValueText text;

  DemographicsRecord(SdtmStudyMap map, ValueText text) {
    this.map = map;
    this.text = text;
  }

  SdtmRecord record(Casebook subject, List<MappedValue> values, List<SdtmRecord> records) {
    SdtmRecord dm = new SdtmRecord("DM").put("DOMAIN", "DM");
    dm.put("SUBJID", subject.subjectKey()).put("SITEID", subject.siteCode());
    dm.put("COUNTRY", alpha3(subject.countryCode()));
    dm.put("SEX", subject.sex());
    subject.birthMonth().ifPresent(month -> dm.put("BRTHDTC", month.toString()));
    for (MappedValue value : values) {
      String variable = value.annotation.variable();
      if (SdtmCatalogue.standard().variable("DM", variable).isEmpty()) {
        value.dropped("annotations naming a variable DM does not have");
        continue;
      }
      dm.put(variable, text.qualifier(value.itemOid(), variable, value.text()));
      value.exported();
    }
    references(dm, records);
    age(dm, subject);
    arms(dm, subject, records);
    return dm;
  }

  private void references(SdtmRecord dm, List<SdtmRecord> records) {
    Optional<String> firstDose =
        dates(records, "EX", "EXSTDTC").stream().min(Comparator.naturalOrder());
    Optional<String> lastDose =
        dates(records, "EX", "EXSTDTC").stream().max(Comparator.naturalOrder());
    dm.put("RFXSTDTC", firstDose.orElse(null)).put("RFSTDTC", firstDose.orElse(null));
    if (!dm.has("RFXENDTC")) {
      dm.put("RFXENDTC", lastDose.orElse(null));
    }
    records.stream()
        .filter(r -> "DS".equals(r.dataset()) && CONSENT.equals(r.get("DSDECOD")))
        .map(r -> (String) r.get("DSSTDTC"))
        .filter(Objects::nonNull)
        .findFirst()
        .ifPresent(date -> dm.put("RFICDTC", date));
    records.stream()
        .filter(
            r -> "DS".equals(r.dataset()) && DispositionRecords.DISPOSITION.equals(r.get("DSCAT")))
        .map(r -> (String) r.get("DSSTDTC"))
        .filter(Objects::nonNull)
        .findFirst()
        .ifPresent(date -> dm.put("RFENDTC", date));
    List<String> contacts = dates(records, "SV", "SVSTDTC");
    contacts.addAll(dates(records, "DS", "DSSTDTC"));
    contacts.stream().max(Comparator.naturalOrder()).ifPresent(date -> dm.put("RFPENDTC", date));
  }

  private static List<String> dates(List<SdtmRecord> records, String dataset, String variable) {
    return new java.util.ArrayList<>(
        records.stream()
            .filter(r -> dataset.equals(r.dataset()) && r.get(variable) != null)
            .map(r -> (String) r.get(variable))
            .toList());
  }

  private void age(SdtmRecord dm, Casebook subject) {
    Optional<String> reference =
        Optional.ofNullable((String) dm.get("RFICDTC"))
            .or(() -> Optional.ofNullable((String) dm.get("RFSTDTC")));
    Optional<YearMonth> month = subject.birthMonth();
    if (reference.isEmpty() || month.isEmpty() || reference.get().length() < 10) {
      return;
    }
    LocalDate on = LocalDate.parse(reference.get().substring(0, 10));
    LocalDate born = map.settings().birthDay().birthDate(month.get());
    if (!born.isAfter(on)) {
      dm.put("AGE", (long) Period.between(born, on).getYears()).put("AGEU", "YEARS");
    }
  }

  private void arms(SdtmRecord dm, Casebook subject, List<SdtmRecord> records) {
    Optional<ArmDef> arm = subject.armCode().flatMap(code -> map.definition().design().arm(code));
    if (arm.isEmpty()) {
      dm.put("ARMNRS", "NOT ASSIGNED");
      return;
    }
    dm.put("ARMCD", arm.get().code()).put("ARM", text.fold(arm.get().name()));
    boolean treated = records.stream().anyMatch(r -> "EX".equals(r.dataset()));
    if (treated) {
      dm.put("ACTARMCD", arm.get().code()).put("ACTARM", text.fold(arm.get().name()));
    } else {
      dm.put("ARMNRS", "ASSIGNED, NOT TREATED");
    }
  }

  /** ISO 3166-1 alpha-3 of an alpha-2 code; a code of another length is kept. */
  static String alpha3(String country) {
    if (country == null || country.length() != 2) {
      return country;
    }
    try {
      return new Locale.Builder().setRegion(country).build().getISO3Country();
    } catch (IllformedLocaleException | MissingResourceException e) {
      return country;
    }
  }
}
