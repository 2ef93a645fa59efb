package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * An ODM MeasurementUnit with its conversions to other units.
 *
 * @param oid e.g. {@code MU.MG_DL}
 * @param name the ODM Name
 * @param symbol what is shown beside the value, per language
 * @param conversions conversions to other units
 * @param aliases e.g. the CDISC UNIT submission value
 */
public record MeasurementUnit(
    String oid,
    String name,
    LocalizedText symbol,
    List<UnitConversion> conversions,
    List<Alias> aliases) {

  public MeasurementUnit {
    conversions = List.copyOf(conversions);
    aliases = List.copyOf(aliases);
  }

  /** The conversion to another unit, if this unit has one. */
  public Optional<UnitConversion> conversionTo(String unitOid) {
    return conversions.stream().filter(c -> c.toUnitOid().equals(unitOid)).findFirst();
  }
}
