package org.ecrf.export.sdtm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableType;

/**
 * Records of the events and interventions domains (AE, CM, MH, EX, EC, PR): one record per source
 * (a log row, or a form) that has values of the domain, with each annotated variable set from its
 * item. The topic (--TERM, --TRT) is the item's decode; EXTRT, ECTRT and PRTRT, which no item
 * gives, come from {@link SdtmSettings}. A source without its topic writes no record. Dose units
 * come from the dose's unit; EC, which the CRF gives no dates of its own, takes the infusion's (EX)
 * dates. {@code --ENRTPT} from a yes/no "ongoing" item is {@code ONGOING} against the reference
 * {@value #ONGOING_REFERENCE} when yes, and nothing when no.
 */
final class EventRecords {

  /** --ENTPT of records still ongoing: the logs are closed at the end of study. */
  static final String ONGOING_REFERENCE = "END OF STUDY";

  private static final Map<String, String> TOPIC =
      Map.of(
          "AE", "AETERM",
          "MH", "MHTERM",
          "CM", "CMTRT",
          "EX", "EXTRT",
          "EC", "ECTRT",
          "PR", "PRTRT");

  private final SdtmStudyMap map;
  private final ValueText text;

  EventRecords(SdtmStudyMap map, ValueText text) {
    this.map = map;
    this.text = text;
  }

  static boolean handles(String domain) {
    return TOPIC.containsKey(domain);
  }

  Optional<SdtmRecord> record(RecordSource source, String domain) {
    List<MappedValue> values = source.of(domain);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    String topicVariable = TOPIC.get(domain);
    Optional<String> topic = topic(values, domain, topicVariable);
    if (topic.isEmpty()) {
      values.forEach(v -> v.dropped(SdtmTally.NO_TOPIC));
      return Optional.empty();
    }
    SdtmRecord record =
        new SdtmRecord(domain).put("DOMAIN", domain).put(topicVariable, topic.get());
    for (MappedValue value : values) {
      if (!value.annotation.isTiming() && !value.annotation.variable().equals(topicVariable)) {
        set(record, domain, value);
      }
    }
    for (String variable : source.timingVariables(domain)) {
      record.put(variable, source.dtc(domain, variable).orElse(null));
    }
    assigned(record, source, domain);
    values.stream()
        .filter(v -> v.annotation.isTiming())
        .forEach(v -> v.dropped("dates without a day"));
    return Optional.of(record);
  }

  private Optional<String> topic(List<MappedValue> values, String domain, String variable) {
    Optional<MappedValue> item = values.stream().filter(v -> v.is(domain, variable)).findFirst();
    item.ifPresent(MappedValue::exported);
    return switch (domain) {
      case "EX", "EC" -> Optional.of(map.settings().treatment());
      case "PR" -> Optional.of(map.settings().procedure());
      default -> item.map(v -> text.decoded(v.itemOid(), v.text()));
    };
  }

  private void set(SdtmRecord record, String domain, MappedValue value) {
    String variable = value.annotation.variable();
    Optional<Variable> column = SdtmCatalogue.standard().variable(domain, variable);
    if (column.isEmpty()) {
      value.dropped("annotations naming a variable " + domain + " does not have");
      return;
    }
    if (value.annotation.value().isPresent()) {
      if (value.text().equals("Y")) {
        record.put(variable, value.annotation.value().get());
        value.exported();
      } else {
        value.dropped(FindingsRecords.ANSWERED_NO);
      }
      return;
    }
    if (variable.endsWith("ENRTPT")) {
      if (value.text().equals("Y")) {
        record.put(variable, "ONGOING").put(domain + "ENTPT", ONGOING_REFERENCE);
      }
      value.exported();
      return;
    }
    if (column.get().type() == VariableType.TEXT) {
      record.put(variable, text.qualifier(value.itemOid(), variable, value.text()));
    } else {
      record.put(variable, ValueText.number(value.text()).orElse(null));
    }
    if (variable.endsWith("DOSE")) {
      record.put(domain + "DOSU", text.unitOf(value.value, false).orElse(null));
    }
    value.exported();
  }

  private void assigned(SdtmRecord record, RecordSource source, String domain) {
    SdtmSettings settings = map.settings();
    if (domain.equals("EX")) {
      record.put("EXDOSFRM", settings.doseForm()).put("EXROUTE", settings.route());
    }
    if (domain.equals("EC")) {
      record.put("ECMOOD", "PERFORMED").put("ECROUTE", settings.route());
      record.put("ECSTDTC", source.dtc("EX", "EXSTDTC").orElse(null));
      record.put("ECENDTC", source.dtc("EX", "EXENDTC").orElse(null));
    }
    if (SdtmCatalogue.standard().variable(domain, "VISITNUM").isPresent()) {
      Casebook.Visit visit = source.visit();
      record.put("VISITNUM", map.visitNumber(visit.eventOid(), visit.repeatKey()).orElse(null));
      record.put("VISIT", map.visitName(visit.eventOid(), visit.repeatKey()).orElse(null));
    }
  }
}
