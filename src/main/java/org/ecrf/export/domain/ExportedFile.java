package org.ecrf.export.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The file an export wrote: its name in the export directory, its size and its SHA-256 (lower-case
 * hexadecimal), by which a recipient can check that what arrived is what was exported.
 */
public record ExportedFile(String name, long bytes, String sha256) implements Serializable {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  public ExportedFile {
    Objects.requireNonNull(name, "name");
    if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      throw new IllegalArgumentException("Export file name '" + name + "' is not a plain name");
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("Export file " + name + " has a negative size");
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Export file " + name + " has no SHA-256: " + sha256);
    }
  }
}
