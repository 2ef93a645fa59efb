package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where export files are kept: {@code ecrf.export.directory} (the launcher sets it to {@code
 * exports} in its data directory), else {@code ecrf-exports} in the Java temporary directory. One
 * folder per study; a file being written carries the suffix {@code .part} until it is complete, so
 * that a half-written file is never offered.
 */
@ApplicationScoped
public class ExportDirectory {

  static final String PART = ".part";

  @Inject
  @ConfigProperty(name = "ecrf.export.directory")
  private Optional<String> configured;

  /** The folder of a study's exports, created if missing. */
  public Path folderOf(String studyOid) throws IOException {
    Path root =
        Path.of(configured.orElse(System.getProperty("java.io.tmpdir") + "/ecrf-exports"))
            .toAbsolutePath()
            .normalize();
    Path folder = root.resolve(studyOid.replaceAll("[^A-Za-z0-9._-]", "_")).normalize();
    if (!folder.startsWith(root)) {
      throw new IllegalArgumentException("Study OID " + studyOid + " is not a folder name");
    }
    return Files.createDirectories(folder);
  }

  /** The complete file of that name in the study's folder. */
  public Path fileOf(String studyOid, String fileName) throws IOException {
    return folderOf(studyOid).resolve(fileName);
  }
}
