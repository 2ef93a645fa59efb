package org.ecrf.crf.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.CodeList;
import org.ecrf.crf.domain.ConditionDef;
import org.ecrf.crf.domain.FormalExpression;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.RangeCheck;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * Short texts for the review page: a code list as "0 = None; 10 = Mild", a range check as "soft: ≥
 * 0 and ≤ 300", a visit's timing as "day 98 (−7/+7)". What the definition says, in the page's
 * language; nothing is computed.
 */
final class DefinitionText {

  private final StudyDefinition definition;
  private final Locale locale;

  DefinitionText(StudyDefinition definition, Locale locale) {
    this.definition = definition;
    this.locale = locale;
  }

  String codeList(Optional<String> codeListOid) {
    return codeListOid.flatMap(definition::codeList).map(this::codeList).orElse("");
  }

  String codeList(CodeList codeList) {
    return codeList.items().stream()
        .map(item -> item.codedValue() + " = " + item.decode().text(locale))
        .collect(Collectors.joining("; "));
  }

  String units(ItemDef item) {
    return item.domain().unitOids().stream()
        .map(oid -> definition.unit(oid).map(unit -> unit.symbol().text(locale)).orElse(oid))
        .collect(Collectors.joining(" | "));
  }

  String rangeChecks(ItemDef item) {
    return item.domain().rangeChecks().stream()
        .map(this::rangeCheck)
        .collect(Collectors.joining("; "));
  }

  private String rangeCheck(RangeCheck check) {
    String condition =
        check.comparator().isPresent()
            ? symbol(check.comparator().get()) + " " + String.join(", ", check.checkValues())
            : check.expressions().stream()
                .map(FormalExpression::text)
                .collect(Collectors.joining(" "));
    String unit =
        check
            .unitOid()
            .flatMap(definition::unit)
            .map(u -> " " + u.symbol().text(locale))
            .orElse("");
    return check.softHard().name().toLowerCase(Locale.ROOT) + ": " + condition + unit;
  }

  private static String symbol(RangeComparator comparator) {
    return switch (comparator) {
      case LT -> "<";
      case LE -> "≤";
      case GT -> ">";
      case GE -> "≥";
      case EQ -> "=";
      case NE -> "≠";
      case IN -> "one of";
      case NOTIN -> "none of";
    };
  }

  String condition(Optional<String> conditionOid) {
    return conditionOid.flatMap(definition::condition).map(this::condition).orElse("");
  }

  private String condition(ConditionDef condition) {
    String expression =
        condition.formalExpressions().stream()
            .map(FormalExpression::text)
            .collect(Collectors.joining(" / "));
    return condition.oid() + ": " + expression;
  }

  static String timing(Optional<PlannedDay> plannedDay) {
    return plannedDay
        .map(
            day ->
                "day "
                    + day.offsetDays()
                    + " (−"
                    + day.windowBeforeDays()
                    + "/+"
                    + day.windowAfterDays()
                    + ")")
        .orElse("");
  }

  static String format(ItemDef item) {
    List<String> parts = new ArrayList<>();
    parts.add(item.dataType().name().toLowerCase(Locale.ROOT));
    item.format().length().ifPresent(length -> parts.add("length " + length));
    item.format().significantDigits().ifPresent(digits -> parts.add(digits + " decimals"));
    return String.join(", ", parts);
  }
}
