package org.ecrf.crf.odm.clinical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Clinical data input that can be opened more than once: schema validation reads the file once
 * before the forms are read. An upload can be spooled to a temporary file and read with {@link
 * #of(Path)}.
 */
public interface ClinicalDataSource {

  /** A new stream from the beginning; the reader closes it. */
  InputStream open() throws IOException;

  /** The size in bytes, when known before reading, so that a file too large is not read at all. */
  default OptionalLong size() {
    return OptionalLong.empty();
  }

  static ClinicalDataSource of(Path file) {
    return new ClinicalDataSource() {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public OptionalLong size() {
        try {
          return OptionalLong.of(Files.size(file));
        } catch (IOException e) {
          return OptionalLong.empty();
        }
      }
    };
  }

  static ClinicalDataSource of(byte[] content) {
    byte[] copy = content.clone();
    return new ClinicalDataSource() {
      @Override
      public InputStream open() {
        return new ByteArrayInputStream(copy);
      }

      @Override
      public OptionalLong size() {
        return OptionalLong.of(copy.length);
      }
    };
  }
}
