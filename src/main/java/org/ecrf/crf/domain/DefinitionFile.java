package org.ecrf.crf.domain;

/**
 * An ODM file as the platform received it: its name, its bytes, and whether it is read in the
 * lenient import mode (unknown vendor namespaces stripped, harmless deviations normalised) or
 * strictly.
 */
public record DefinitionFile(String name, byte[] content, boolean lenient) {

  public DefinitionFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }
}
