package org.ecrf.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedBodyTest {

  @ParameterizedTest(name = "{0} bytes with a limit of {1}: read = {2}")
  @CsvSource({
    "0, 10, true",
    "10, 10, true",
    "11, 10, false",
    "100000, 65536, false",
    "65536, 65536, true"
  })
  void readsUpToTheLimitOnly(int size, int limit, boolean read) {
    assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[size]), limit).isPresent())
        .isEqualTo(read);
  }

  @Test
  void stopsReadingAnEndlessBodyAtTheLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }
        };

    assertThat(BoundedBody.read(endless, 1000)).isEmpty();
  }

  @Test
  void aMissingBodyIsEmpty() {
    assertThat(BoundedBody.read(null, 10)).hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
  }
}
