package org.ecrf.dosing.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Looks up the enum constant a study-definition attribute names, with a clear error if none. */
final class Codes {

  private Codes() {}

  static <E extends Enum<E>> E lookUp(Class<E> type, String code, String attribute) {
    E[] constants = type.getEnumConstants();
    return Arrays.stream(constants)
        .filter(constant -> constant.name().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown "
                        + attribute
                        + " '"
                        + code
                        + "'; allowed: "
                        + Arrays.stream(constants)
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))));
  }
}
