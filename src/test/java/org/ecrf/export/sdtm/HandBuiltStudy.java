package org.ecrf.export.sdtm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ecrf.crf.domain.Alias;
import org.ecrf.crf.domain.AnchorKind;
import org.ecrf.crf.domain.ArmDef;
import org.ecrf.crf.domain.BlindingRule;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.EventType;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemGroupRef;
import org.ecrf.crf.domain.ItemPresentation;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.MeasurementUnit;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.crf.domain.SectionLayout;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyDesign;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.domain.StudyEventRef;
import org.ecrf.crf.domain.StudyHeader;
import org.ecrf.crf.domain.ValueDomain;
import org.ecrf.crf.domain.ValueFormat;
import org.ecrf.crf.domain.VisitTiming;
import org.ecrf.security.domain.Role;

/**
 * A small study built by hand, to show the mapping follows any definition's annotations: a visit
 * {@code SE.V1} with a vital-signs form (temperature {@code VS.VSTESTCD=TEMP} in °C, blinded to
 * nurses in arm B, its date {@code VS.VSDTC}, and a note without annotation), and a running log
 * {@code SE.LOG} with a repeating adverse-event group (term, start date, a long comment mapped to
 * AE.AECONTRT, which the catalogue does not have).
 */
final class HandBuiltStudy {

  private HandBuiltStudy() {}

  static StudyDefinition definition() {
    StudyDefinition.Builder builder =
        StudyDefinition.builder(
            new StudyHeader("VITAL", "Vital study", "VITAL", "MDV.1", "Vital", ""),
            new StudyDesign(
                List.of(),
                List.of(new ArmDef("ARM.A", "A", "Arm A"), new ArmDef("ARM.B", "B", "Arm B")),
                Optional.empty(),
                List.of(
                    new StudyEventRef("SE.V1", 1, true, Optional.empty()),
                    new StudyEventRef("SE.LOG", 2, false, Optional.empty())),
                List.of(new BlindingRule(Set.of(Role.NURSE), Set.of("B"), List.of("I.TEMP"))),
                Optional.empty()));
    builder.unit(
        new MeasurementUnit(
            "MU.C",
            "C",
            LocalizedText.of("en", "°C"),
            List.of(),
            List.of(new Alias("CDISC UNIT", "C"))));
    builder.event(
        new StudyEventDef(
            "SE.V1",
            "Visit 1",
            EventType.SCHEDULED,
            false,
            List.of(new FormRef("F.VITALS", 1, true, Optional.empty())),
            new VisitTiming(
                Optional.of(new PlannedDay(AnchorKind.FIRST_INFUSION, 0, 0, 2)), true)));
    builder.event(
        new StudyEventDef(
            "SE.LOG",
            "Log",
            EventType.COMMON,
            false,
            List.of(new FormRef("F.LOG", 1, false, Optional.empty())),
            VisitTiming.UNPLANNED));
    builder.form(form("F.VITALS", "IG.VITALS"));
    builder.form(form("F.LOG", "IG.EVENTS"));
    builder.itemGroup(group("IG.VITALS", false, "I.TEMP", "I.VITALS_DATE", "I.NOTE"));
    builder.itemGroup(group("IG.EVENTS", true, "I.TERM", "I.START", "I.TREATED"));
    builder.item(item("I.TEMP", DataType.FLOAT, "Temperature", "VS.VSTESTCD=TEMP", "MU.C"));
    builder.item(item("I.VITALS_DATE", DataType.DATE, "Date", "VS.VSDTC", null));
    builder.item(item("I.NOTE", DataType.TEXT, "Note", null, null));
    builder.item(item("I.TERM", DataType.TEXT, "Event", "AE.AETERM", null));
    builder.item(item("I.START", DataType.PARTIAL_DATE, "Start", "AE.AESTDTC", null));
    builder.item(item("I.TREATED", DataType.TEXT, "Treated", "AE.AECONTRT", null));
    return builder.build();
  }

  private static FormDef form(String oid, String groupOid) {
    return new FormDef(
        oid,
        oid,
        false,
        LocalizedText.EMPTY,
        List.of(new ItemGroupRef(groupOid, 1, true, Optional.empty())),
        SdvPlan.ALL);
  }

  private static ItemGroupDef group(String oid, boolean repeating, String... items) {
    List<ItemRef> refs =
        java.util.Arrays.stream(items)
            .map(item -> new ItemRef(item, 1, false, Optional.empty(), Optional.empty(), false))
            .toList();
    return new ItemGroupDef(
        oid,
        oid,
        repeating,
        "",
        refs,
        new SectionLayout(LocalizedText.EMPTY, LocalizedText.EMPTY, 1));
  }

  private static ItemDef item(
      String oid, DataType type, String question, String sdtm, String unit) {
    return new ItemDef(
        oid,
        oid,
        new ValueFormat(type, OptionalInt.of(200), OptionalInt.empty()),
        new ValueDomain(Optional.empty(), unit == null ? List.of() : List.of(unit), List.of()),
        new ItemPresentation(
            LocalizedText.of("en", question),
            LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            Optional.empty()),
        sdtm == null ? List.of() : List.of(new Alias(Alias.SDTM, sdtm)));
  }
}
