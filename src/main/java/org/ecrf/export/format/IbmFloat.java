package org.ecrf.export.format;

/**
 * The 8-byte IBM System/360 hexadecimal floating point in which SAS transport v5 stores numbers
 * (SAS technical note TS-140): a sign bit, a 7-bit exponent of 16 biased by 64 and a 56-bit
 * fraction of at least 1/16, big-endian.
 *
 * <p>An IEEE double converts exactly whenever it is in range: its 53 significant bits always fit
 * the 56 fraction bits after the shift to a power of 16. Magnitudes below the smallest normalised
 * IBM number (16<sup>-65</sup>, about 5.4E-79) become 0, as the brief for the export asks; above
 * the largest (about 7.2E75) and for NaN or infinity the conversion refuses.
 */
public final class IbmFloat {

  /** The SAS missing value {@code .}: the byte 0x2E followed by zeros. */
  public static final long MISSING = 0x2E00_0000_0000_0000L;

  /**
   * The largest double that fits, (1 - 2<sup>-53</sup>) x 16<sup>63</sup>, about 7.2E75 (IBM's own
   * largest, (1 - 16<sup>-14</sup>) x 16<sup>63</sup>, has more bits than a double).
   */
  public static final double MAX_VALUE = 0x1.fffffffffffffp251;

  /** The smallest positive number that does not become 0: 16<sup>-65</sup>, about 5.4E-79. */
  public static final double MIN_VALUE = 0x1p-260;

  private static final int EXPONENT_BIAS = 64;
  private static final long IEEE_FRACTION = (1L << 52) - 1;

  private IbmFloat() {}

  /**
   * The IBM bits of the number.
   *
   * @throws IllegalArgumentException when the number is NaN, infinite or too large for IBM
   */
  public static long bits(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(value + " has no SAS transport representation");
    }
    long ieee = Double.doubleToRawLongBits(value);
    int ieeeExponent = (int) (ieee >>> 52 & 0x7FF);
    if (ieeeExponent == 0) {
      return 0L; // zero, negative zero and IEEE subnormals, all far below IBM's range
    }
    long significand = (ieee & IEEE_FRACTION) | 1L << 52;
    // value = (significand << 3) / 2^56 * 2^binaryExponent, with the fraction in [1/2, 1)
    int binaryExponent = ieeeExponent - 1022;
    int hexExponent = -Math.floorDiv(-binaryExponent, 4);
    int shift = 4 * hexExponent - binaryExponent;
    long fraction = (significand << 3) >>> shift; // exact: the low 3 bits are zero
    int biased = hexExponent + EXPONENT_BIAS;
    if (biased < 0) {
      return 0L;
    }
    if (biased > 127) {
      throw new IllegalArgumentException(
          value + " is larger than the largest SAS transport number " + MAX_VALUE);
    }
    long sign = ieee & 0x8000_0000_0000_0000L;
    return sign | (long) biased << 56 | fraction;
  }

  /** The 8 bytes, big-endian, into the buffer at the offset. */
  static void write(long bits, byte[] buffer, int offset) {
    for (int i = 0; i < 8; i++) {
      buffer[offset + i] = (byte) (bits >>> (56 - 8 * i));
    }
  }
}
