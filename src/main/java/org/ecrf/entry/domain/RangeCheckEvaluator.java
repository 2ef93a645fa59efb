package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.FormalExpression;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.RangeCheck;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.SoftHard;
import org.ecrf.crf.domain.SubjectContext;

/**
 * Runs an item's RangeChecks on a valid value. A comparison check sees the number converted into
 * the check's unit ({@code RangeCheck.unitOid}, else the item's standard unit); an expression check
 * sees the values in scope. A Hard failure is an error, a Soft one a warning (kept, and marked
 * confirmed when the user confirmed the value). The text is the check's ErrorMessage, or a built-in
 * text naming question, value and limit ("Body weight: 130 kg is above 120 kg; please check.").
 */
final class RangeCheckEvaluator {

  private final UnitConversions units;
  private final SubjectContext subject;

  RangeCheckEvaluator(UnitConversions units, SubjectContext subject) {
    this.units = units;
    this.subject = subject;
  }

  /**
   * The failed checks of a value.
   *
   * @param scope the values expressions see (item OID to comparable text), including this value
   */
  List<CheckMessage> check(
      ItemPath path, ItemDef item, ItemValue value, boolean confirmed, Map<String, String> scope) {
    List<CheckMessage> messages = new ArrayList<>();
    for (RangeCheck check : item.domain().rangeChecks()) {
      boolean comparison = check.expressions().isEmpty();
      Optional<Quantity> compared = comparedQuantity(value, check);
      if (comparison && value.standard().isPresent() && compared.isEmpty()) {
        messages.add(noConversion(path, item, value, check));
        continue;
      }
      String text = compared.map(Quantity::plainValue).orElse(value.comparableText());
      if (!check.accepts(text, scope, subject)) {
        messages.add(failure(path, item, value, check, compared, confirmed));
      }
    }
    return messages;
  }

  /** The number in the check's unit, for a comparison check of a value with units. */
  private Optional<Quantity> comparedQuantity(ItemValue value, RangeCheck check) {
    if (!check.expressions().isEmpty() || value.standard().isEmpty()) {
      return Optional.empty();
    }
    Quantity standard = value.standard().get();
    String checkUnit = check.unitOid().orElse(standard.unitOid());
    BigDecimal number = ((TypedValue.NumberValue) value.typed().orElseThrow()).value();
    return units
        .convert(number, value.unitOid().orElseThrow(), checkUnit, standard.unitOid())
        .map(converted -> new Quantity(converted, checkUnit));
  }

  private CheckMessage failure(
      ItemPath path,
      ItemDef item,
      ItemValue value,
      RangeCheck check,
      Optional<Quantity> compared,
      boolean confirmed) {
    LocalizedText text =
        check.errorMessage().isEmpty()
            ? builtInText(item, value, check, compared)
            : check.errorMessage();
    boolean hard = check.softHard() == SoftHard.HARD;
    return new CheckMessage(
        hard ? Severity.ERROR : Severity.WARNING, CheckKind.RANGE, path, text, !hard && confirmed);
  }

  private LocalizedText builtInText(
      ItemDef item, ItemValue value, RangeCheck check, Optional<Quantity> compared) {
    LocalizedText question = CheckTexts.question(item);
    LocalizedText shown = shownValue(value, compared);
    LocalizedText main;
    if (check.comparator().isEmpty()) {
      String expression =
          check.expressions().stream().map(FormalExpression::text).findFirst().orElse("");
      main = CheckTexts.compose(BuiltInText.RANGE_EXPRESSION, question, shown, expression);
    } else {
      main =
          CheckTexts.compose(
              template(check.comparator().get()), question, shown, limit(check, compared));
    }
    return CheckTexts.join(
        main,
        check.softHard() == SoftHard.HARD ? BuiltInText.HARD_SUFFIX : BuiltInText.SOFT_SUFFIX);
  }

  /** The value with its unit, and in the check's unit when that differs: "35 g/L (3.5 g/dL)". */
  private LocalizedText shownValue(ItemValue value, Optional<Quantity> compared) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Locale locale : List.of(CheckTexts.ENGLISH, CheckTexts.GERMAN)) {
      StringBuilder text = new StringBuilder(CheckTexts.shown(value.text()));
      value.unitOid().ifPresent(unit -> text.append(' ').append(units.symbol(unit).text(locale)));
      compared
          .filter(quantity -> !value.unitOid().orElse("").equals(quantity.unitOid()))
          .ifPresent(
              quantity ->
                  text.append(" (")
                      .append(quantity.plainValue())
                      .append(' ')
                      .append(units.symbol(quantity.unitOid()).text(locale))
                      .append(')'));
      texts.put(locale.getLanguage(), text.toString());
    }
    return new LocalizedText(texts);
  }

  /** The check values with the check's unit: "120 kg", "1, 2, 3". */
  private LocalizedText limit(RangeCheck check, Optional<Quantity> compared) {
    String values = String.join(", ", check.checkValues());
    Map<String, String> texts = new LinkedHashMap<>();
    for (Locale locale : List.of(CheckTexts.ENGLISH, CheckTexts.GERMAN)) {
      texts.put(
          locale.getLanguage(),
          values + compared.map(q -> " " + units.symbol(q.unitOid()).text(locale)).orElse(""));
    }
    return new LocalizedText(texts);
  }

  private static BuiltInText template(RangeComparator comparator) {
    return switch (comparator) {
      case LT -> BuiltInText.RANGE_LT;
      case LE -> BuiltInText.RANGE_LE;
      case GT -> BuiltInText.RANGE_GT;
      case GE -> BuiltInText.RANGE_GE;
      case EQ -> BuiltInText.RANGE_EQ;
      case NE -> BuiltInText.RANGE_NE;
      case IN -> BuiltInText.RANGE_IN;
      case NOTIN -> BuiltInText.RANGE_NOTIN;
    };
  }

  private CheckMessage noConversion(
      ItemPath path, ItemDef item, ItemValue value, RangeCheck check) {
    String standardUnit = value.standard().orElseThrow().unitOid();
    String checkUnit = check.unitOid().orElse(standardUnit);
    LocalizedText message =
        CheckTexts.compose(
            BuiltInText.NO_CONVERSION,
            CheckTexts.question(item),
            value.text(),
            units.symbol(value.unitOid().orElse(standardUnit)),
            units.symbol(checkUnit));
    return CheckMessage.error(CheckKind.UNIT, path, message);
  }
}
