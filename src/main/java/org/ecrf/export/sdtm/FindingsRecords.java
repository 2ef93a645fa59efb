package org.ecrf.export.sdtm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableType;

/**
 * Records of the findings domains (LB, VS, QS, RS, PC, IS): one record per test value ({@code
 * XX.XXTESTCD=CODE}), with --TEST and --CAT from {@link SdtmStudyMap}, --ORRES as the site saw it
 * (the decode of a choice), --ORRESU in the unit entered, --STRESC/--STRESN/--STRESU in the item's
 * standard unit (for scored choices the points), --DRVFL = Y for values the platform derives
 * (totals). The date is the source's own --DTC item, else the procedure date of the same form
 * ({@value #PROCEDURE_DATE}, for endoscopy scores), else the visit date.
 *
 * <p>Other annotations of the domain in the same source qualify every record made there: {@code
 * PC.PCLLOQ} sets PCLLOQ; {@code PC.PCTPT=PRE-DOSE} sets PCTPT when the item says Y. A result
 * qualifier with a fixed value answered Y ({@code PC.PCSTRESC=BLQ}) where the test itself has no
 * value makes the test's record with that result, so a level below quantification is not lost.
 */
final class FindingsRecords {

  /** The date findings take when their form has no date of their own: the procedure's. */
  static final String PROCEDURE_DATE = "PR.PRSTDTC";

  /** The reason of yes/no annotations ({@code XX.VAR=VALUE}) answered no: nothing to write. */
  static final String ANSWERED_NO = "yes/no annotations answered no (nothing to write)";

  private final SdtmStudyMap map;
  private final ValueText text;

  FindingsRecords(SdtmStudyMap map, ValueText text) {
    this.map = map;
    this.text = text;
  }

  List<SdtmRecord> records(RecordSource source, String domain) {
    List<MappedValue> values = source.of(domain);
    List<MappedValue> tests = values.stream().filter(v -> v.annotation.isTest()).toList();
    List<MappedValue> qualifiers =
        values.stream().filter(v -> !v.annotation.isTest() && !v.annotation.isTiming()).toList();
    List<SdtmRecord> records = new ArrayList<>();
    for (MappedValue test : tests) {
      SdtmRecord record = base(source, domain, test.annotation.value().get(), test.itemGroupOid);
      result(record, domain, test);
      test.exported();
      records.add(record);
    }
    if (records.isEmpty()) {
      records.addAll(resultsWithoutValue(source, domain, qualifiers));
    }
    for (SdtmRecord record : records) {
      qualifiers.forEach(q -> qualify(record, domain, q));
      record.put(domain + "DTC", date(source, domain).orElse(null));
    }
    String reason = "qualifiers of " + domain + " tests that were not written (empty or blinded)";
    qualifiers.forEach(q -> q.dropped(reason));
    source.of(domain).stream().filter(v -> v.annotation.isTiming()).forEach(v -> v.dropped(reason));
    return records;
  }

  private SdtmRecord base(RecordSource source, String domain, String testCode, String groupOid) {
    SdtmRecord record = new SdtmRecord(domain);
    record.put("DOMAIN", domain);
    record.put(domain + "TESTCD", testCode);
    record.put(domain + "TEST", map.testName(domain, testCode));
    record.put(domain + "CAT", map.category(domain, testCode, groupOid).orElse(null));
    record.put(domain + "SPEC", CdiscTerms.specimen(domain, testCode).orElse(null));
    if (domain.equals("IS")) {
      record.put("ISBDAGT", map.settings().treatment());
    }
    visit(record, source);
    return record;
  }

  private void result(SdtmRecord record, String domain, MappedValue test) {
    String itemOid = test.itemOid();
    boolean pk = domain.equals("PC");
    record.put(domain + "ORRES", text.decoded(itemOid, test.text()));
    record.put(domain + "ORRESU", text.unitOf(test.value, pk).orElse(null));
    Optional<BigDecimal> standard = text.standardNumber(test.value);
    if (text.isCoded(itemOid)) {
      String coded = text.qualifier(itemOid, domain + "STRESC", test.text());
      record.put(domain + "STRESC", coded);
      record.put(domain + "STRESN", ValueText.number(coded).orElse(null));
    } else if (standard.isPresent()) {
      record.put(domain + "STRESC", standard.get().toPlainString());
      record.put(domain + "STRESN", standard.get());
      record.put(domain + "STRESU", text.standardUnit(itemOid, pk).orElse(null));
    } else {
      record.put(domain + "STRESC", text.fold(test.text()));
    }
    if (test.derived) {
      record.put(domain + "DRVFL", "Y");
    }
  }

  private List<SdtmRecord> resultsWithoutValue(
      RecordSource source, String domain, List<MappedValue> qualifiers) {
    List<SdtmRecord> records = new ArrayList<>();
    boolean result =
        qualifiers.stream()
            .anyMatch(
                q ->
                    isResult(domain, q)
                        && q.annotation.value().isPresent()
                        && q.text().equals("Y"));
    if (!result) {
      return records;
    }
    for (String groupOid : groupsOf(source)) {
      for (String itemOid : map.itemOrder(groupOid)) {
        map.annotation(itemOid)
            .filter(a -> a.isTest() && a.domain().equals(domain))
            .ifPresent(a -> records.add(base(source, domain, a.value().get(), groupOid)));
      }
    }
    return records;
  }

  private List<String> groupsOf(RecordSource source) {
    return source.values().stream().map(v -> v.itemGroupOid).distinct().toList();
  }

  private void qualify(SdtmRecord record, String domain, MappedValue qualifier) {
    String variable = qualifier.annotation.variable();
    Optional<Variable> column = SdtmCatalogue.standard().variable(domain, variable);
    if (column.isEmpty()) {
      qualifier.dropped("annotations naming a variable " + domain + " does not have");
      return;
    }
    if (qualifier.annotation.value().isPresent()) {
      if (qualifier.text().equals("Y")) {
        record.put(variable, qualifier.annotation.value().get());
        if (isResult(domain, qualifier)) {
          record.put(domain + "ORRES", qualifier.annotation.value().get());
        }
        qualifier.exported();
      } else {
        qualifier.dropped(ANSWERED_NO);
      }
      return;
    }
    String value = qualifier.text();
    record.put(
        variable,
        column.get().type() == VariableType.TEXT
            ? text.qualifier(qualifier.itemOid(), variable, value)
            : ValueText.number(value).orElse(null));
    qualifier.exported();
  }

  private static boolean isResult(String domain, MappedValue qualifier) {
    String variable = qualifier.annotation.variable();
    return variable.equals(domain + "STRESC") || variable.equals(domain + "ORRES");
  }

  private Optional<String> date(RecordSource source, String domain) {
    return source
        .dtc(domain, domain + "DTC")
        .or(() -> source.dtc("PR", "PRSTDTC"))
        .or(source::visitDate);
  }

  private void visit(SdtmRecord record, RecordSource source) {
    Casebook.Visit visit = source.visit();
    record.put("VISITNUM", map.visitNumber(visit.eventOid(), visit.repeatKey()).orElse(null));
    record.put("VISIT", map.visitName(visit.eventOid(), visit.repeatKey()).orElse(null));
  }
}
