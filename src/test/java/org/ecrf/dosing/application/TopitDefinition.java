package org.ecrf.dosing.application;

import java.nio.file.Path;
import org.ecrf.crf.application.PlatformAlgorithms;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.CrfDefinitionValidator;
import org.ecrf.crf.odm.ValidationOptions;

/** The real TOPIT definition, read once per test run (it is immutable). */
final class TopitDefinition {

  private static StudyDefinition definition;

  private TopitDefinition() {}

  static synchronized StudyDefinition get() {
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
