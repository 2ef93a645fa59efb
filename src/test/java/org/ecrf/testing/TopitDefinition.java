package org.ecrf.testing;

import java.nio.file.Path;
import org.ecrf.crf.application.PlatformAlgorithms;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.CrfDefinitionValidator;
import org.ecrf.crf.odm.ValidationOptions;

/**
 * The real TOPIT definition ({@code crf-definitions/TOPIT/MDV.1.xml}) for tests, read once (it is
 * immutable).
 */
public final class TopitDefinition {

  private static StudyDefinition definition;

  private TopitDefinition() {}

  public static synchronized StudyDefinition get() {
    if (definition == null) {
      definition =
          new CrfDefinitionValidator(new PlatformAlgorithms())
              .validate(Path.of("crf-definitions/TOPIT/MDV.1.xml"), ValidationOptions.strict())
              .definition()
              .orElseThrow();
    }
    return definition;
  }
}
