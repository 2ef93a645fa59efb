package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecrf.crf.domain.AlgorithmOutput;
import org.ecrf.crf.domain.AlgorithmReference;
import org.ecrf.crf.domain.CodeList;
import org.ecrf.crf.domain.CodeListItem;
import org.ecrf.crf.domain.ConditionDef;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.EventType;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.FormalExpression;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemGroupRef;
import org.ecrf.crf.domain.ItemPresentation;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.MeasurementUnit;
import org.ecrf.crf.domain.MethodDef;
import org.ecrf.crf.domain.RangeCheck;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.crf.domain.SectionLayout;
import org.ecrf.crf.domain.SoftHard;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyDesign;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.domain.StudyHeader;
import org.ecrf.crf.domain.UnitConversion;
import org.ecrf.crf.domain.ValueDomain;
import org.ecrf.crf.domain.ValueFormat;
import org.ecrf.crf.domain.VisitTiming;

/**
 * Small hand-built study definitions for edge cases: one form {@code F.TEST} in the event {@code
 * SE.TEST}, with units g/dL (standard) and g/L (× 0.1) and the items and groups a test adds.
 */
final class TestStudy {

  static final String FORM = "F.TEST";
  static final String EVENT = "SE.TEST";

  private final StudyDefinition.Builder builder =
      StudyDefinition.builder(
          new StudyHeader("TEST", "Test study", "TEST", "MDV.1", "Test", ""),
          new StudyDesign(
              List.of(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty()));
  private final List<ItemGroupRef> groupRefs = new ArrayList<>();
  private Optional<String> formCondition = Optional.empty();

  TestStudy() {
    builder.unit(unit("MU.G_DL", "g/dL"));
    builder.unit(
        new MeasurementUnit(
            "MU.G_L",
            "g/L",
            LocalizedText.of("en", "g/L"),
            List.of(new UnitConversion("MU.G_DL", new BigDecimal("0.1"))),
            List.of()));
  }

  /** An item with English and German question. */
  static ItemSpec item(String oid, DataType type) {
    return new ItemSpec(oid, type);
  }

  static RangeCheck check(RangeComparator comparator, SoftHard softHard, String... values) {
    return new RangeCheck(
        Optional.of(comparator),
        softHard,
        List.of(values),
        List.of(),
        Optional.empty(),
        LocalizedText.EMPTY);
  }

  static RangeCheck checkIn(
      String unitOid, RangeComparator comparator, SoftHard softHard, String... values) {
    return new RangeCheck(
        Optional.of(comparator),
        softHard,
        List.of(values),
        List.of(),
        Optional.of(unitOid),
        LocalizedText.EMPTY);
  }

  static RangeCheck expressionCheck(SoftHard softHard, String expression) {
    return new RangeCheck(
        Optional.empty(),
        softHard,
        List.of(),
        List.of(FormalExpression.of("edc", expression)),
        Optional.empty(),
        LocalizedText.EMPTY);
  }

  static ItemRef ref(String itemOid) {
    return new ItemRef(itemOid, 1, false, Optional.empty(), Optional.empty(), false);
  }

  static ItemRef mandatory(String itemOid) {
    return new ItemRef(itemOid, 1, true, Optional.empty(), Optional.empty(), false);
  }

  static ItemRef hiddenWhen(String itemOid, String conditionOid) {
    return new ItemRef(itemOid, 1, true, Optional.of(conditionOid), Optional.empty(), false);
  }

  static ItemRef derived(String itemOid, String methodOid) {
    return new ItemRef(itemOid, 1, false, Optional.empty(), Optional.of(methodOid), false);
  }

  TestStudy add(ItemSpec item) {
    builder.item(item.build());
    return this;
  }

  TestStudy codeList(String oid, DataType type, String... codes) {
    builder.codeList(
        new CodeList(
            oid,
            oid,
            type,
            Arrays.stream(codes)
                .map(code -> new CodeListItem(code, LocalizedText.EMPTY, List.of()))
                .toList(),
            List.of()));
    return this;
  }

  TestStudy condition(String oid, String expression) {
    builder.condition(
        new ConditionDef(
            oid, oid, LocalizedText.EMPTY, List.of(FormalExpression.of("edc", expression))));
    return this;
  }

  TestStudy method(String oid, String algorithm, int version, String output) {
    builder.method(
        new MethodDef(
            oid,
            oid,
            "Computation",
            LocalizedText.EMPTY,
            List.of(),
            Optional.of(new AlgorithmOutput(new AlgorithmReference(algorithm, version), output))));
    return this;
  }

  TestStudy group(String oid, boolean repeating, ItemRef... refs) {
    return group(oid, repeating, false, Optional.empty(), refs);
  }

  TestStudy group(
      String oid,
      boolean repeating,
      boolean mandatory,
      Optional<String> conditionOid,
      ItemRef... refs) {
    builder.itemGroup(
        new ItemGroupDef(
            oid,
            oid,
            repeating,
            "",
            List.of(refs),
            new SectionLayout(LocalizedText.of("en", "Section " + oid), LocalizedText.EMPTY, 1)));
    groupRefs.add(new ItemGroupRef(oid, groupRefs.size() + 1, mandatory, conditionOid));
    return this;
  }

  TestStudy formHiddenWhen(String conditionOid) {
    formCondition = Optional.of(conditionOid);
    return this;
  }

  StudyDefinition build() {
    builder.form(
        new FormDef(FORM, "Test form", false, LocalizedText.EMPTY, groupRefs, SdvPlan.ALL));
    builder.event(
        new StudyEventDef(
            EVENT,
            "Test visit",
            EventType.SCHEDULED,
            false,
            List.of(new FormRef(FORM, 1, true, formCondition)),
            VisitTiming.UNPLANNED));
    return builder.build();
  }

  private static MeasurementUnit unit(String oid, String symbol) {
    return new MeasurementUnit(oid, symbol, LocalizedText.of("en", symbol), List.of(), List.of());
  }

  /** An ItemDef being described. */
  static final class ItemSpec {
    private final String oid;
    private final DataType type;
    private OptionalInt length = OptionalInt.empty();
    private OptionalInt decimals = OptionalInt.empty();
    private Optional<String> codeList = Optional.empty();
    private List<String> units = List.of();
    private final List<RangeCheck> checks = new ArrayList<>();
    private LocalizedText question;

    private ItemSpec(String oid, DataType type) {
      this.oid = oid;
      this.type = type;
      this.question = new LocalizedText(Map.of("en", "Question " + oid, "de", "Frage " + oid));
    }

    ItemSpec length(int characters) {
      length = OptionalInt.of(characters);
      return this;
    }

    ItemSpec decimals(int places) {
      decimals = OptionalInt.of(places);
      return this;
    }

    ItemSpec codeList(String codeListOid) {
      codeList = Optional.of(codeListOid);
      return this;
    }

    ItemSpec units(String... unitOids) {
      units = List.of(unitOids);
      return this;
    }

    ItemSpec check(RangeCheck check) {
      checks.add(check);
      return this;
    }

    ItemSpec question(String english, String german) {
      question = new LocalizedText(Map.of("en", english, "de", german));
      return this;
    }

    ItemDef build() {
      return new ItemDef(
          oid,
          oid,
          new ValueFormat(type, length, decimals),
          new ValueDomain(codeList, units, checks),
          new ItemPresentation(
              question, LocalizedText.EMPTY, LocalizedText.EMPTY, Optional.empty()),
          List.of());
    }
  }
}
