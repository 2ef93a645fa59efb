package org.ecrf.crf.odm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.ecrf.crf.domain.KnownAlgorithms;

/** Test files under {@code src/test/resources/crf/} and the algorithms the tests assume known. */
final class Fixtures {

  /** The algorithm outputs the fixtures use (the platform's real registries are wired later). */
  static final KnownAlgorithms ALGORITHMS =
      KnownAlgorithms.of(
          Set.of("PUCAI/1:total", "PUCAI/1:category", "PCDAI/1:total", "BMI/1:total"));

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/crf/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test file /crf/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static ValidationReport validate(String name, ValidationOptions options) {
    return new CrfDefinitionValidator(ALGORITHMS).validate(bytes(name), name, options);
  }

  static ValidationReport validateText(String xml, ValidationOptions options) {
    return new CrfDefinitionValidator(ALGORITHMS)
        .validate(xml.getBytes(StandardCharsets.UTF_8), "test.xml", options);
  }
}
