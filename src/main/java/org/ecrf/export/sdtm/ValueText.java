package org.ecrf.export.sdtm;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.crf.domain.Alias;
import org.ecrf.crf.domain.CodeListItem;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.MeasurementUnit;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * How a captured value is written into an SDTM variable, by the rules the mapping documents:
 *
 * <ul>
 *   <li>a topic or result (--TERM, --TRT, --ORRES) of a choice item is the English decode, as the
 *       site saw it ("Moderate", "Crohn's disease");
 *   <li>a qualifier of a choice item is the code list item's {@code Alias Context="CDISC"} if the
 *       definition gives one, else the English decode for a unit variable (--U), else the coded
 *       value with underscores as spaces ({@code DOSE_NOT_CHANGED} to {@code DOSE NOT CHANGED}),
 *       which the TOPIT code lists chose close to CDISC CT;
 *   <li>a unit is its MeasurementUnit's {@code CDISC UNIT} (or {@code CDISC PKUNIT} in PC) alias,
 *       else the unit's Name;
 *   <li>all text is folded to ASCII, and the folds counted.
 * </ul>
 */
final class ValueText {

  /** The Alias context of a code list item's CDISC submission value. */
  static final String CDISC_SUBMISSION_VALUE = "CDISC";

  private final StudyDefinition definition;
  private final AsciiText ascii;

  ValueText(StudyDefinition definition, AsciiText ascii) {
    this.definition = definition;
    this.ascii = ascii;
  }

  AsciiText ascii() {
    return ascii;
  }

  String fold(String text) {
    return ascii.fold(text);
  }

  /** The decode of a choice value in English, or the value itself. */
  String decoded(String itemOid, String value) {
    return fold(
        codeListItem(itemOid, value)
            .map(i -> i.decode().text(Locale.ENGLISH))
            .filter(t -> !t.isBlank())
            .orElse(value));
  }

  /** The value of a qualifier variable (see the class comment). */
  String qualifier(String itemOid, String variable, String value) {
    Optional<CodeListItem> coded = codeListItem(itemOid, value);
    if (coded.isEmpty()) {
      return fold(value);
    }
    Optional<String> cdisc =
        coded.get().aliases().stream()
            .filter(alias -> CDISC_SUBMISSION_VALUE.equals(alias.context()))
            .map(Alias::name)
            .findFirst();
    if (cdisc.isPresent()) {
      return fold(cdisc.get());
    }
    if (variable.endsWith("U")) {
      return decoded(itemOid, value);
    }
    return fold(value.replace('_', ' '));
  }

  /** The number a value writes, if it is one. */
  static Optional<BigDecimal> number(String value) {
    try {
      return Optional.of(new BigDecimal(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A numeric value in its item's standard unit: as stored, else the number itself when entered in
   * the standard unit (or the item has none), else converted by the definition; empty when it is no
   * number or cannot be converted.
   */
  Optional<BigDecimal> standardNumber(Casebook.Value value) {
    if (value.standardValue().isPresent()) {
      return value.standardValue();
    }
    Optional<BigDecimal> number = number(value.text());
    Optional<String> standardUnit =
        definition.item(value.itemOid()).flatMap(item -> item.domain().standardUnitOid());
    if (number.isEmpty() || value.unitOid().isEmpty() || standardUnit.isEmpty()) {
      return number;
    }
    return definition.convert(number.get(), value.unitOid().get(), standardUnit.get());
  }

  /** The CDISC unit of a MeasurementUnit (UNIT, or PKUNIT when asked), else its Name. */
  Optional<String> unit(Optional<String> unitOid, boolean pharmacokinetic) {
    return unitOid.flatMap(definition::unit).map(unit -> unitName(unit, pharmacokinetic));
  }

  /**
   * The unit a value was entered in: its own, else the item's standard unit (a value of an item
   * with one unit is stored without it); empty for an item without units.
   */
  Optional<String> unitOf(Casebook.Value value, boolean pharmacokinetic) {
    return unit(value.unitOid(), pharmacokinetic)
        .or(() -> standardUnit(value.itemOid(), pharmacokinetic));
  }

  /** The standard unit of an item (its first unit), as {@link #unit} writes it. */
  Optional<String> standardUnit(String itemOid, boolean pharmacokinetic) {
    return unit(
        definition.item(itemOid).flatMap(item -> item.domain().standardUnitOid()), pharmacokinetic);
  }

  private String unitName(MeasurementUnit unit, boolean pharmacokinetic) {
    String preferred = pharmacokinetic ? "CDISC PKUNIT" : "CDISC UNIT";
    return fold(
        unit.aliases().stream()
            .filter(alias -> alias.context().equals(preferred))
            .map(Alias::name)
            .findFirst()
            .or(
                () ->
                    unit.aliases().stream()
                        .filter(alias -> alias.context().startsWith("CDISC "))
                        .map(Alias::name)
                        .findFirst())
            .orElse(unit.name()));
  }

  /** Whether the item is a choice item. */
  boolean isCoded(String itemOid) {
    return definition.item(itemOid).flatMap(ItemDef::codeListOid).isPresent();
  }

  private Optional<CodeListItem> codeListItem(String itemOid, String value) {
    return definition
        .item(itemOid)
        .flatMap(ItemDef::codeListOid)
        .flatMap(definition::codeList)
        .flatMap(list -> list.item(value));
  }
}
