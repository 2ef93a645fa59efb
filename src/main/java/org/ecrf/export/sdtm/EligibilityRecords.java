package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.List;

/**
 * IE records: SDTMIG keeps only the criteria a subject did not meet, so an inclusion criterion
 * answered N or an exclusion criterion answered Y writes a record; a criterion met writes none (and
 * is counted as such). A criterion is an inclusion when its IETESTCD starts with {@value
 * #INCLUSION_PREFIX} (TOPIT: INCL01..INCL04, EXCL01..EXCL08).
 */
final class EligibilityRecords {

  static final String INCLUSION_PREFIX = "INCL";
  static final String CRITERION_MET = "eligibility criteria met (IE holds criteria not met)";

  private final SdtmStudyMap map;

  EligibilityRecords(SdtmStudyMap map) {
    this.map = map;
  }

  /** INCLUSION or EXCLUSION (IECAT, CDISC IECAT C66797). */
  static String category(String testCode) {
    return testCode.startsWith(INCLUSION_PREFIX) ? "INCLUSION" : "EXCLUSION";
  }

  List<SdtmRecord> records(RecordSource source) {
    List<SdtmRecord> records = new ArrayList<>();
    for (MappedValue value : source.of("IE")) {
      if (!value.annotation.isTest()) {
        value.dropped("annotations naming a variable IE does not have");
        continue;
      }
      String code = value.annotation.value().get();
      boolean inclusion = category(code).equals("INCLUSION");
      boolean notMet = inclusion ? value.text().equals("N") : value.text().equals("Y");
      if (!notMet) {
        value.dropped(CRITERION_MET);
        continue;
      }
      Casebook.Visit visit = source.visit();
      records.add(
          new SdtmRecord("IE")
              .put("DOMAIN", "IE")
              .put("IETESTCD", code)
              .put("IETEST", SdtmStudyMap.shortenTo(map.question(value.itemOid()), 200))
              .put("IECAT", category(code))
              .put("IEORRES", value.text())
              .put("IESTRESC", value.text())
              .put("VISITNUM", map.visitNumber(visit.eventOid(), visit.repeatKey()).orElse(null))
              .put("VISIT", map.visitName(visit.eventOid(), visit.repeatKey()).orElse(null))
              .put("IEDTC", source.visitDate().orElse(null)));
      value.exported();
    }
    return records;
  }
}
