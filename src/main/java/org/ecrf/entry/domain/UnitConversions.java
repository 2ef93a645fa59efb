package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.UnitConversion;

/**
 * Converts numbers between the units of an item with the definition's edc:Conversions. Every
 * further unit of an item converts to its standard unit (the validator makes sure); a check in a
 * further unit is reached from the standard unit by dividing by that unit's factor (34 significant
 * digits, IEEE 754 decimal128).
 */
final class UnitConversions {

  private final StudyDefinition definition;

  UnitConversions(StudyDefinition definition) {
    this.definition = definition;
  }

  /** The value in another unit, via the standard unit where needed; empty without a conversion. */
  Optional<BigDecimal> convert(
      BigDecimal value, String fromUnitOid, String toUnitOid, String standardUnitOid) {
    Optional<BigDecimal> direct = definition.convert(value, fromUnitOid, toUnitOid);
    if (direct.isPresent()) {
      return direct;
    }
    return definition
        .convert(value, fromUnitOid, standardUnitOid)
        .flatMap(standard -> fromStandard(standard, standardUnitOid, toUnitOid));
  }

  private Optional<BigDecimal> fromStandard(
      BigDecimal standard, String standardUnitOid, String toUnitOid) {
    return definition
        .unit(toUnitOid)
        .flatMap(unit -> unit.conversionTo(standardUnitOid))
        .map(UnitConversion::factor)
        .map(factor -> standard.divide(factor, MathContext.DECIMAL128));
  }

  /** A unit as messages show it: its symbol per language, else its name, else the OID. */
  LocalizedText symbol(String unitOid) {
    return definition
        .unit(unitOid)
        .map(unit -> unit.symbol().isEmpty() ? CheckTexts.same(unit.name()) : unit.symbol())
        .orElseGet(() -> CheckTexts.same(CheckTexts.shown(unitOid)));
  }
}
