package org.ecrf.export.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS records. A protocol milestone is an item annotated {@code DS.DSDECOD=<term>} (informed
 * consent, assent) answered Y: DSTERM = DSDECOD = the term, DSCAT = {@value #MILESTONE}, DSSTDTC =
 * the first {@code DS.DSSTDTC} item that follows it in its group before the next DSDECOD item. The
 * disposition event of a form (end of study) is made of its plain {@code DS.DSDECOD} items: the
 * last one answered in item order (the reason for leaving early, else the status) gives DSDECOD;
 * the {@code DS.DSTERM} item, else that answer's decode, gives DSTERM; DSCAT = {@value
 * #DISPOSITION}; the date is a DSSTDTC item no milestone took. Randomisation is a milestone too
 * ({@value #RANDOMIZED}, C114209), dated by the allocation.
 */
final class DispositionRecords {

  static final String MILESTONE = "PROTOCOL MILESTONE";
  static final String DISPOSITION = "DISPOSITION EVENT";
  static final String RANDOMIZED = "RANDOMIZED";

  private final SdtmStudyMap map;
  private final ValueText text;

  DispositionRecords(SdtmStudyMap map, ValueText text) {
    this.map = map;
    this.text = text;
  }

  static SdtmRecord randomised(LocalDate on) {
    return milestone(RANDOMIZED).put("DSSTDTC", on.toString());
  }

  List<SdtmRecord> records(RecordSource source) {
    List<SdtmRecord> records = new ArrayList<>();
    List<MappedValue> values = source.of("DS");
    for (MappedValue value : values) {
      if (value.is("DS", "DSDECOD") && value.annotation.value().isPresent()) {
        milestone(value, values).ifPresent(records::add);
      }
    }
    disposition(values).ifPresent(records::add);
    values.stream()
        .filter(v -> v.is("DS", "DSSTDTC"))
        .forEach(v -> v.dropped("dates of milestones not reached"));
    return records;
  }

  private Optional<SdtmRecord> milestone(MappedValue value, List<MappedValue> values) {
    if (!value.text().equals("Y")) {
      value.dropped("milestones not reached (answered " + value.text() + ")");
      return Optional.empty();
    }
    value.exported();
    SdtmRecord record = milestone(value.annotation.value().get());
    dateAfter(value, values)
        .ifPresent(
            date -> {
              record.put("DSSTDTC", date.text());
              date.exported();
            });
    return Optional.of(record);
  }

  private static SdtmRecord milestone(String term) {
    return new SdtmRecord("DS")
        .put("DOMAIN", "DS")
        .put("DSTERM", term)
        .put("DSDECOD", term)
        .put("DSCAT", MILESTONE);
  }

  private Optional<MappedValue> dateAfter(MappedValue milestone, List<MappedValue> values) {
    List<String> order = map.itemOrder(milestone.itemGroupOid);
    int from = order.indexOf(milestone.itemOid());
    for (String itemOid : order.subList(from + 1, order.size())) {
      Optional<SdtmAnnotation> annotation = map.annotation(itemOid);
      if (annotation.isEmpty() || !annotation.get().domain().equals("DS")) {
        continue;
      }
      if (annotation.get().variable().equals("DSDECOD")) {
        return Optional.empty();
      }
      if (annotation.get().variable().equals("DSSTDTC")) {
        return values.stream().filter(v -> v.itemOid().equals(itemOid)).findFirst();
      }
    }
    return Optional.empty();
  }

  private Optional<SdtmRecord> disposition(List<MappedValue> values) {
    List<MappedValue> decoded =
        values.stream()
            .filter(v -> v.is("DS", "DSDECOD") && v.annotation.value().isEmpty())
            .toList();
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    MappedValue decod = decoded.get(decoded.size() - 1);
    decoded.forEach(MappedValue::exported);
    String term =
        values.stream()
            .filter(v -> v.is("DS", "DSTERM"))
            .peek(MappedValue::exported)
            .map(v -> text.fold(v.text()))
            .findFirst()
            .orElseGet(() -> text.decoded(decod.itemOid(), decod.text()));
    SdtmRecord record =
        new SdtmRecord("DS")
            .put("DOMAIN", "DS")
            .put("DSTERM", term)
            .put("DSDECOD", text.qualifier(decod.itemOid(), "DSDECOD", decod.text()))
            .put("DSCAT", DISPOSITION);
    values.stream()
        .filter(v -> v.is("DS", "DSSTDTC") && !v.isExported())
        .findFirst()
        .ifPresent(
            date -> {
              record.put("DSSTDTC", date.text());
              date.exported();
            });
    return Optional.of(record);
  }
}
