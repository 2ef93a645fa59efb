package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * A machine-readable flag on an annotation (ODM Flag), for instance the status of a query. Both the
 * value and the optional type are codes of a code list.
 *
 * @param value the FlagValue
 * @param valueCodeListOid the code list of the value
 * @param type the FlagType, if given
 * @param typeCodeListOid the code list of the type; present exactly when the type is
 */
public record FlagData(
    String value,
    String valueCodeListOid,
    Optional<String> type,
    Optional<String> typeCodeListOid) {

  public FlagData {
    Require.present(value, "value");
    Require.key(valueCodeListOid, "valueCodeListOid");
    Require.optionalKey(type, "type");
    Require.optionalKey(typeCodeListOid, "typeCodeListOid");
    if (type.isPresent() != typeCodeListOid.isPresent()) {
      throw new IllegalArgumentException("A flag type needs its code list, and only then");
    }
  }

  /** A flag with a value only. */
  public static FlagData of(String value, String valueCodeListOid) {
    return new FlagData(value, valueCodeListOid, Optional.empty(), Optional.empty());
  }
}
