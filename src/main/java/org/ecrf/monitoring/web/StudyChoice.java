package org.ecrf.monitoring.web;

import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.application.DefinitionService;

/** The study a monitoring page is about: the one named in its address, else the first loaded. */
final class StudyChoice {

  private StudyChoice() {}

  static String orFirst(String study, DefinitionService definitions) {
    if (study != null && !study.isBlank()) {
      return study.strip();
    }
    return definitions.loadedVersions().stream()
        .map(LoadedVersion::studyOid)
        .findFirst()
        .orElse(null);
  }
}
