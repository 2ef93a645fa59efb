package org.ecrf.export.odm;

import java.nio.file.Path;
import org.ecrf.crf.application.PlatformAlgorithms;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.CrfDefinitionValidator;
import org.ecrf.crf.odm.ValidationOptions;

/** The real TOPIT definition (MDV.1), with its blinding rules, for the export's tests. */
final class Topit {

  private static StudyDefinition definition;

  private Topit() {}

  static synchronized StudyDefinition definition() {
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
