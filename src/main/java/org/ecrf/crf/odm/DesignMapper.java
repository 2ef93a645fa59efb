package org.ecrf.crf.odm;

import static org.ecrf.crf.odm.OdmValues.decimal;
import static org.ecrf.crf.odm.OdmValues.integer;
import static org.ecrf.crf.odm.OdmValues.orderNumber;
import static org.ecrf.crf.odm.OdmValues.tokens;
import static org.ecrf.crf.odm.OdmValues.yes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.AnchorKind;
import org.ecrf.crf.domain.ArmDef;
import org.ecrf.crf.domain.BlindingRule;
import org.ecrf.crf.domain.DosingLimitsDef;
import org.ecrf.crf.domain.DosingRuleDef;
import org.ecrf.crf.domain.DosingRuleSetDef;
import org.ecrf.crf.domain.DosingRuleSetHeader;
import org.ecrf.crf.domain.EventType;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.LocationDef;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.RandomisationDef;
import org.ecrf.crf.domain.StandardRegimenDef;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.domain.StudyEventRef;
import org.ecrf.crf.domain.TargetWindowDef;
import org.ecrf.crf.domain.VisitTiming;
import org.ecrf.security.domain.Role;

/**
 * Maps the design parts of a validated study (locations, arms, randomisation, protocol, events with
 * timing, blinding, dosing rule set) to the domain model.
 */
final class DesignMapper {

  private DesignMapper() {}

  static LocationDef location(OdmElement location) {
    return new LocationDef(
        location.attributeOrEmpty("OID"),
        location.attributeOrEmpty("Name"),
        location.attributeOrEmpty("LocationType"));
  }

  static ArmDef arm(OdmElement arm) {
    return new ArmDef(
        arm.attributeOrEmpty("OID"), arm.attributeOrEmpty("Code"), arm.attributeOrEmpty("Name"));
  }

  static RandomisationDef randomisation(OdmElement randomisation) {
    List<Integer> ratio =
        List.of(randomisation.attributeOrEmpty("Ratio").split(":")).stream()
            .map(part -> integer(part).orElse(1))
            .toList();
    List<Integer> blocks =
        tokens(randomisation.attribute("BlockSizes")).stream()
            .map(size -> integer(size).orElse(1))
            .toList();
    List<StratificationFactor> factors =
        tokens(randomisation.attribute("StratificationFactors")).stream()
            .map(StratificationFactor::valueOf)
            .toList();
    return new RandomisationDef(ratio, blocks, factors);
  }

  static List<StudyEventRef> protocol(Optional<OdmElement> protocol) {
    List<OdmElement> refs = protocol.map(p -> p.children("StudyEventRef")).orElse(List.of());
    List<StudyEventRef> events = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      OdmElement ref = refs.get(i);
      events.add(
          new StudyEventRef(
              ref.attributeOrEmpty("StudyEventOID"),
              orderNumber(ref, i),
              yes(ref.attribute("Mandatory")),
              ref.attribute("CollectionExceptionConditionOID")));
    }
    events.sort(Comparator.comparingInt(StudyEventRef::orderNumber));
    return events;
  }

  static StudyEventDef studyEvent(OdmElement event) {
    List<OdmElement> refs = event.children("FormRef");
    List<FormRef> forms = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      OdmElement ref = refs.get(i);
      forms.add(
          new FormRef(
              ref.attributeOrEmpty("FormOID"),
              orderNumber(ref, i),
              yes(ref.attribute("Mandatory")),
              ref.attribute("CollectionExceptionConditionOID")));
    }
    forms.sort(Comparator.comparingInt(FormRef::orderNumber));
    return new StudyEventDef(
        event.attributeOrEmpty("OID"),
        event.attributeOrEmpty("Name"),
        EventType.valueOf(event.attributeOrEmpty("Type").toUpperCase(java.util.Locale.ROOT)),
        yes(event.attribute("Repeating")),
        forms,
        timing(event));
  }

  private static VisitTiming timing(OdmElement event) {
    Optional<PlannedDay> day =
        event
            .edcAttribute("OffsetDays")
            .flatMap(OdmValues::integer)
            .map(
                offset ->
                    new PlannedDay(
                        event
                            .edcAttribute("Anchor")
                            .map(AnchorKind::valueOf)
                            .orElse(AnchorKind.FIRST_INFUSION),
                        offset,
                        event
                            .edcAttribute("WindowBeforeDays")
                            .flatMap(OdmValues::integer)
                            .orElse(0),
                        event
                            .edcAttribute("WindowAfterDays")
                            .flatMap(OdmValues::integer)
                            .orElse(0)));
    return new VisitTiming(day, yes(event.edcAttribute("Infusion")));
  }

  static BlindingRule blinding(OdmElement blinding) {
    return new BlindingRule(
        tokens(blinding.attribute("Roles")).stream().map(Role::valueOf).collect(Collectors.toSet()),
        tokens(blinding.attribute("Arms")).stream().collect(Collectors.toSet()),
        blinding.edcChildren("BlindedItem").stream()
            .map(item -> item.attributeOrEmpty("ItemOID"))
            .toList());
  }

  static DosingRuleSetDef dosingRuleSet(OdmElement set) {
    DosingRuleSetHeader header =
        new DosingRuleSetHeader(
            set.attributeOrEmpty("Name"),
            integer(set.attributeOrEmpty("Version")).orElse(1),
            set.attributeOrEmpty("Status"),
            set.edcChild("Note").map(note -> note.text().strip()).orElse(""));
    OdmElement regimen = set.edcChild("StandardRegimen").orElseThrow();
    OdmElement limits = set.edcChild("Limits").orElseThrow();
    return new DosingRuleSetDef(
        header,
        new StandardRegimenDef(
            number(regimen, "DoseMgPerKg"),
            tokens(regimen.attribute("InductionWeeks")).stream()
                .map(week -> integer(week).orElse(0))
                .toList(),
            whole(regimen, "MaintenanceIntervalWeeks")),
        new DosingLimitsDef(
            whole(limits, "MinIntervalWeeks"),
            whole(limits, "MaxIntervalWeeks"),
            whole(limits, "IntervalStepWeeks"),
            number(limits, "MinDoseMgPerKg"),
            number(limits, "MaxDoseMgPerKg")),
        set.edcChildren("TargetWindow").stream().map(DesignMapper::targetWindow).toList(),
        set.edcChildren("Rule").stream().map(DesignMapper::rule).toList());
  }

  private static TargetWindowDef targetWindow(OdmElement window) {
    return new TargetWindowDef(
        window.attribute("StudyEventOID"),
        number(window, "LowUgPerMl"),
        window.attribute("HighUgPerMl").flatMap(OdmValues::decimal));
  }

  private static DosingRuleDef rule(OdmElement rule) {
    return new DosingRuleDef(
        rule.attributeOrEmpty("OID"),
        rule.attributeOrEmpty("Condition"),
        rule.attributeOrEmpty("Action"),
        rule.attribute("DoseMgPerKg").flatMap(OdmValues::decimal),
        rule.attributeOrEmpty("Source").strip(),
        rule.edcChild("Rationale").map(text -> text.text().strip()).orElse(""));
  }

  private static BigDecimal number(OdmElement element, String attribute) {
    return decimal(element.attributeOrEmpty(attribute)).orElse(BigDecimal.ZERO);
  }

  private static int whole(OdmElement element, String attribute) {
    return integer(element.attributeOrEmpty(attribute)).orElse(0);
  }
}
