package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.security.domain.Role;

/**
 * Maps one subject's casebook to its SDTM records, for a reader: values the reader's roles are
 * blinded to ({@code StudyDefinition.isHiddenFrom}) are left out, as are empty values and items
 * without SDTM annotation; every value read is counted in the {@link SdtmTally} by what became of
 * it. Forms are read source by source ({@link RecordSource}); each domain's rules live in their own
 * class (findings, events and interventions, DS, IE, SV, DM). The subject's rows are returned at
 * once and the caller writes them and forgets them.
 */
public final class SubjectMapping {

  private static final Set<String> FINDINGS = Set.of("LB", "VS", "QS", "RS", "PC", "IS");

  private final SdtmStudyMap map;
  private final Set<Role> readerRoles;
  private final SdtmTally tally;
  private final Set<String> written;

  public SubjectMapping(SdtmStudyMap map, Set<Role> readerRoles, SdtmTally tally) {
    this.map = map;
    this.readerRoles = Set.copyOf(readerRoles);
    this.tally = tally;
    this.written = Set.copyOf(SdtmDatasets.of(map).names());
  }

  /** The subject's rows, dataset by dataset, ready for the sinks. */
  public SubjectRows map(Casebook subject) {
    AsciiText ascii = new AsciiText();
    ValueText text = new ValueText(map.definition(), ascii);
    List<MappedValue> all = new ArrayList<>();
    List<SdtmRecord> records = new ArrayList<>();
    List<MappedValue> demographics = new ArrayList<>();
    long formsWithValues = 0;
    for (Casebook.Visit visit : subject.visits()) {
      for (Casebook.Form form : visit.forms()) {
        List<RecordSource> sources = sources(subject, visit, form);
        formsWithValues += sources.stream().anyMatch(s -> !s.values().isEmpty()) ? 1 : 0;
        for (RecordSource source : sources) {
          all.addAll(source.values());
          records.addAll(records(source, text, demographics));
        }
      }
    }
    subject.randomisedOn().ifPresent(on -> records.add(DispositionRecords.randomised(on)));
    records.addAll(new VisitRecords(map, text).records(subject));
    SdtmRecord dm = new DemographicsRecord(map, text).record(subject, demographics, records);
    records.add(0, dm);
    SubjectRows rows = SubjectRows.of(map, subject.subjectKey(), records, text, written);
    all.forEach(tally::outcome);
    rows.counts().forEach(tally::expect);
    tally.subject(true, subject.formCount(), formsWithValues);
    tally.folded(ascii.folded());
    tally.cut(rows.cut());
    return rows;
  }

  private List<SdtmRecord> records(
      RecordSource source, ValueText text, List<MappedValue> demographics) {
    List<SdtmRecord> records = new ArrayList<>();
    Set<String> domains = new LinkedHashSet<>();
    source.values().forEach(v -> domains.add(v.annotation.domain()));
    for (String domain : domains) {
      List<SdtmRecord> made = new ArrayList<>();
      if (FINDINGS.contains(domain)) {
        made.addAll(new FindingsRecords(map, text).records(source, domain));
      } else if (EventRecords.handles(domain)) {
        new EventRecords(map, text).record(source, domain).ifPresent(made::add);
      } else if (domain.equals("DS")) {
        made.addAll(new DispositionRecords(map, text).records(source));
      } else if (domain.equals("IE")) {
        made.addAll(new EligibilityRecords(map).records(source));
      } else if (domain.equals("DM")) {
        demographics.addAll(source.of("DM"));
      } else {
        source.of(domain).forEach(v -> v.dropped("annotations of datasets not written: " + domain));
      }
      supplements(source, domain, made, text);
      records.addAll(made);
    }
    return records;
  }

  private void supplements(
      RecordSource source, String domain, List<SdtmRecord> made, ValueText text) {
    for (MappedValue value : source.supplementsOf(domain)) {
      Optional<SdtmRecord> parent =
          made.stream().filter(r -> r.dataset().equals(domain)).findFirst();
      if (parent.isEmpty()) {
        value.dropped("supplemental qualifiers without a parent record");
        continue;
      }
      parent
          .get()
          .supplement(
              new SdtmRecord.Supplement(
                  value.annotation.value().orElseThrow(),
                  SdtmStudyMap.shorten(map.question(value.itemOid())),
                  text.qualifier(value.itemOid(), "QVAL", value.text()),
                  value.derived ? "DERIVED" : "CRF"));
      value.exported();
    }
  }

  private List<RecordSource> sources(Casebook subject, Casebook.Visit visit, Casebook.Form form) {
    String arm = subject.armCode().orElse("");
    List<MappedValue> formValues = new ArrayList<>();
    List<RecordSource> sources = new ArrayList<>();
    String firstGroup = form.groups().isEmpty() ? "" : form.groups().get(0).itemGroupOid();
    RecordSource formSource =
        new RecordSource(visit, form.formOid(), firstGroup, formValues, formValues);
    sources.add(formSource);
    for (Casebook.Group group : form.groups()) {
      List<MappedValue> values = visible(group, arm);
      if (isRepeating(group.itemGroupOid())) {
        sources.add(
            new RecordSource(visit, form.formOid(), group.itemGroupOid(), values, formValues));
      } else {
        formValues.addAll(values);
      }
    }
    return sources;
  }

  private List<MappedValue> visible(Casebook.Group group, String arm) {
    List<MappedValue> values = new ArrayList<>();
    for (Casebook.Value value : group.values()) {
      tally.valueRead();
      Optional<SdtmAnnotation> annotation = map.annotation(value.itemOid());
      if (value.isEmpty()) {
        tally.empty();
      } else if (annotation.isEmpty()) {
        tally.withoutAnnotation();
      } else if (map.definition().isHiddenFrom(value.itemOid(), readerRoles, arm)) {
        tally.blinded();
      } else {
        boolean derived = map.isDerived(group.itemGroupOid(), value.itemOid());
        values.add(new MappedValue(group.itemGroupOid(), value, annotation.get(), derived));
      }
    }
    return values;
  }

  private boolean isRepeating(String itemGroupOid) {
    return map.definition().itemGroup(itemGroupOid).map(ItemGroupDef::repeating).orElse(false);
  }
}
