package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecrf.crf.domain.CodeList;
import org.ecrf.crf.domain.CodeListItem;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * Reads one entered value against its ItemDef, in this order: characters that cannot be stored,
 * overall length, data type, Length and SignificantDigits, code list, unit, conversion into the
 * standard unit. The first failure is reported; range checks come later, on valid values only.
 *
 * <p>Length counts characters of text and digits of numbers (not sign, decimal point or leading
 * zeros); SignificantDigits counts decimal places as written ({@code 12.50} has two). Both describe
 * the item's standard unit, where its checks and scores live: a number entered in another unit
 * (0.45 L/L for a haematocrit in %, 35.5 g/L for an albumin in g/dL) is held to the platform's
 * number limits only, since its own precision differs by the conversion. Without an ItemDef Length
 * a value may have up to {@value #MAX_CHARACTERS} characters.
 */
final class ValueReader {

  /** The longest text any value may have when its ItemDef sets no larger Length. */
  static final int MAX_CHARACTERS = 4000;

  private static final int CODES_SHOWN = 12;

  private final StudyDefinition definition;
  private final UnitConversions units;

  ValueReader(StudyDefinition definition) {
    this.definition = definition;
    this.units = new UnitConversions(definition);
  }

  /** A value read, with the message that made it invalid (none when valid). */
  record Reading(ItemValue value, Optional<CheckMessage> problem) {
    boolean isValid() {
      return problem.isEmpty();
    }
  }

  /** Reads a non-empty entered value. */
  Reading read(ItemPath path, ItemDef item, EnteredValue entered) {
    String text = entered.stripped();
    Optional<String> unit = entered.unitOid().or(() -> item.domain().standardUnitOid());
    ItemValue invalid = new ItemValue(text, unit, Optional.empty(), Optional.empty());
    LocalizedText question = CheckTexts.question(item);
    Optional<CheckMessage> problem = characterProblem(path, item, text, question);
    if (problem.isPresent()) {
      return new Reading(invalid, problem);
    }
    ParseResult parsed = ValueParser.of(item.dataType()).parse(text);
    if (parsed instanceof ParseResult.Refused refused) {
      LocalizedText message =
          CheckTexts.compose(refused.reason(), question, text, refused.details().toArray());
      return new Reading(invalid, Optional.of(CheckMessage.error(CheckKind.TYPE, path, message)));
    }
    TypedValue typed = ((ParseResult.Accepted) parsed).value();
    boolean inStandardUnit =
        entered.unitOid().isEmpty() || entered.unitOid().equals(item.domain().standardUnitOid());
    problem =
        formatProblem(path, item, typed, question, text, inStandardUnit)
            .or(() -> codeListProblem(path, item, text, question))
            .or(() -> unitProblem(path, item, entered, question));
    if (problem.isPresent()) {
      return new Reading(invalid, problem);
    }
    return standard(path, item, typed, unit, question, text);
  }

  private static Optional<CheckMessage> characterProblem(
      ItemPath path, ItemDef item, String text, LocalizedText question) {
    OptionalInt forbidden = StoredCharacters.firstForbidden(text);
    if (forbidden.isPresent()) {
      LocalizedText message =
          CheckTexts.compose(BuiltInText.FORBIDDEN_CHARACTER, question, text, forbidden.getAsInt());
      return Optional.of(CheckMessage.error(CheckKind.TYPE, path, message));
    }
    int length = text.codePointCount(0, text.length());
    int allowed = Math.max(MAX_CHARACTERS, item.format().length().orElse(0));
    return length > allowed ? tooLong(path, question, text, length, allowed) : Optional.empty();
  }

  private static Optional<CheckMessage> formatProblem(
      ItemPath path,
      ItemDef item,
      TypedValue typed,
      LocalizedText question,
      String text,
      boolean inStandardUnit) {
    OptionalInt length = item.format().length();
    if (typed instanceof TypedValue.NumberValue number) {
      return inStandardUnit
          ? numberFormatProblem(path, item, number.value(), question, text)
          : Optional.empty();
    }
    boolean textual = typed instanceof TypedValue.TextValue;
    int characters = text.codePointCount(0, text.length());
    if (textual && length.isPresent() && characters > length.getAsInt()) {
      return tooLong(path, question, text, characters, length.getAsInt());
    }
    return Optional.empty();
  }

  private static Optional<CheckMessage> numberFormatProblem(
      ItemPath path, ItemDef item, BigDecimal number, LocalizedText question, String text) {
    OptionalInt decimals = item.format().significantDigits();
    if (decimals.isPresent() && NumberLimits.decimalPlaces(number) > decimals.getAsInt()) {
      LocalizedText message =
          CheckTexts.compose(BuiltInText.TOO_MANY_DECIMALS, question, text, decimals.getAsInt());
      return Optional.of(CheckMessage.error(CheckKind.LENGTH, path, message));
    }
    OptionalInt length = item.format().length();
    int digits = NumberLimits.digits(number);
    if (length.isPresent() && digits > length.getAsInt()) {
      LocalizedText message =
          CheckTexts.compose(
              BuiltInText.TOO_MANY_DIGITS, question, text, digits, length.getAsInt());
      return Optional.of(CheckMessage.error(CheckKind.LENGTH, path, message));
    }
    return Optional.empty();
  }

  private Optional<CheckMessage> codeListProblem(
      ItemPath path, ItemDef item, String text, LocalizedText question) {
    Optional<CodeList> codeList = item.codeListOid().flatMap(definition::codeList);
    if (codeList.isEmpty() || codeList.get().contains(text)) {
      return Optional.empty();
    }
    List<String> codes = codeList.get().items().stream().map(CodeListItem::codedValue).toList();
    String shown =
        codes.size() <= CODES_SHOWN
            ? String.join(", ", codes)
            : String.join(", ", codes.subList(0, CODES_SHOWN)) + ", …";
    LocalizedText message = CheckTexts.compose(BuiltInText.NOT_IN_CODE_LIST, question, text, shown);
    return Optional.of(CheckMessage.error(CheckKind.CODE_LIST, path, message));
  }

  private Optional<CheckMessage> unitProblem(
      ItemPath path, ItemDef item, EnteredValue entered, LocalizedText question) {
    if (entered.unitOid().isEmpty()) {
      return Optional.empty();
    }
    String given = entered.unitOid().get();
    List<String> allowed = item.domain().unitOids();
    if (allowed.isEmpty()) {
      LocalizedText message =
          CheckTexts.compose(
              BuiltInText.UNIT_NOT_EXPECTED, question, entered.stripped(), units.symbol(given));
      return Optional.of(CheckMessage.error(CheckKind.UNIT, path, message));
    }
    if (!allowed.contains(given)) {
      LocalizedText symbols = CheckTexts.list(allowed.stream().map(units::symbol).toList());
      LocalizedText message =
          CheckTexts.compose(
              BuiltInText.UNIT_NOT_ALLOWED,
              question,
              entered.stripped(),
              units.symbol(given),
              symbols);
      return Optional.of(CheckMessage.error(CheckKind.UNIT, path, message));
    }
    return Optional.empty();
  }

  private Reading standard(
      ItemPath path,
      ItemDef item,
      TypedValue typed,
      Optional<String> unit,
      LocalizedText question,
      String text) {
    Optional<String> standardUnit = item.domain().standardUnitOid();
    if (!(typed instanceof TypedValue.NumberValue number)
        || standardUnit.isEmpty()
        || unit.isEmpty()) {
      return new Reading(new ItemValue(text, unit, Optional.of(typed), Optional.empty()), none());
    }
    Optional<BigDecimal> converted =
        units.convert(number.value(), unit.get(), standardUnit.get(), standardUnit.get());
    if (converted.isEmpty()) {
      LocalizedText message =
          CheckTexts.compose(
              BuiltInText.NO_CONVERSION,
              question,
              text,
              units.symbol(unit.get()),
              units.symbol(standardUnit.get()));
      return new Reading(
          new ItemValue(text, unit, Optional.empty(), Optional.empty()),
          Optional.of(CheckMessage.error(CheckKind.UNIT, path, message)));
    }
    Quantity quantity = new Quantity(converted.get(), standardUnit.get());
    return new Reading(
        new ItemValue(text, unit, Optional.of(typed), Optional.of(quantity)), none());
  }

  private static Optional<CheckMessage> tooLong(
      ItemPath path, LocalizedText question, String text, int length, int allowed) {
    LocalizedText message =
        CheckTexts.compose(BuiltInText.TOO_LONG, question, text, length, allowed);
    return Optional.of(CheckMessage.error(CheckKind.LENGTH, path, message));
  }

  private static Optional<CheckMessage> none() {
    return Optional.empty();
  }
}
