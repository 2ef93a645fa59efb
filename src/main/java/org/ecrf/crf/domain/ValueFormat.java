package org.ecrf.crf.domain;

import java.util.OptionalInt;

/**
 * How an item's value is written (ODM ItemDef DataType, Length, SignificantDigits).
 *
 * @param dataType the ODM data type
 * @param length the maximum number of characters (digits for numbers), when given
 * @param significantDigits the number of decimal places, when given
 */
public record ValueFormat(DataType dataType, OptionalInt length, OptionalInt significantDigits) {}
