package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbmFloatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0000000000000000",
    "-0.0, 0000000000000000",
    "1, 4110000000000000",
    "-1, C110000000000000",
    "0.5, 4080000000000000",
    "0.1, 401999999999999A", // the double nearest 0.1, all 53 bits kept
    "12.5, 41C8000000000000",
    "-12.5, C1C8000000000000",
    "100, 4264000000000000",
    "0.3333333333333333, 4055555555555554", // 1/3 as a double
    "0.0625, 4010000000000000", // 1/16: a one-hex-digit exponent step
    "0.06249999999999999, 3FFFFFFFFFFFFFF8",
    "9007199254740991, 4E1FFFFFFFFFFFFF", // 2^53 - 1
    "9007199254740992, 4E20000000000000", // 2^53
    "0x1.fffffffffffffp251, 7FFFFFFFFFFFFFF8", // the largest double that fits
    "-0x1.fffffffffffffp251, FFFFFFFFFFFFFFF8",
    "0x1p-260, 0010000000000000", // 16^-65, the smallest normalised IBM number
    "0x1.fffffffffffffp-261, 0000000000000000", // just below: underflow to 0
    "1e-300, 0000000000000000",
    "4.9e-324, 0000000000000000", // the smallest IEEE subnormal
  })
  void convertsIeeeDoublesToIbmHexadecimalFloatingPoint(String value, String hex) {
    long bits = IbmFloat.bits(Double.parseDouble(value));
    assertThat(String.format("%016X", bits)).isEqualTo(hex);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0x1p252", "7.3e75", "-7.3e75", "1.7976931348623157e308", "NaN", "Infinity"})
  void refusesWhatIbmCannotHold(String value) {
    assertThatThrownBy(() -> IbmFloat.bits(Double.parseDouble(value)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsEveryDoubleInRangeExactly() {
    SplittableRandom random = new SplittableRandom(20261125L);
    for (int i = 0; i < 100_000; i++) {
      double value =
          Math.scalb(random.nextDouble(0.5, 1.0), random.nextInt(-255, 252))
              * (random.nextBoolean() ? 1 : -1);
      assertThat(decode(IbmFloat.bits(value))).as("%s", value).isEqualTo(value);
    }
  }

  @Test
  void missingIsAPeriodFollowedByZeros() {
    byte[] bytes = new byte[10];
    IbmFloat.write(IbmFloat.MISSING, bytes, 1);
    assertThat(bytes).containsExactly(0, 0x2E, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** IBM to double, the way a reader does it: sign, fraction x 16^(exponent - 64). */
  private static double decode(long bits) {
    long fraction = bits & 0x00FF_FFFF_FFFF_FFFFL;
    int exponent = (int) (bits >>> 56 & 0x7F) - 64;
    double magnitude = Math.scalb((double) fraction, 4 * exponent - 56);
    return bits < 0 ? -magnitude : magnitude;
  }
}
