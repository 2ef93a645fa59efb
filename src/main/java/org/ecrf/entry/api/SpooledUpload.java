package org.ecrf.entry.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.ClinicalDataSource;

/**
 * A request body copied to a temporary file (readable by the server's account only) up to a size
 * limit, so that it can be read twice: validated against the ODM schema first, then imported. A
 * body over the limit is not read further and leaves nothing behind. Closing deletes the file.
 */
final class SpooledUpload implements AutoCloseable {

  private final Path file;

  private SpooledUpload(Path file) {
    this.file = file;
  }

  /** The spooled body, or empty when it is larger than {@code maxBytes}. */
  static Optional<SpooledUpload> of(InputStream body, long maxBytes) throws IOException {
    Path file = Files.createTempFile("clinicaldata-", ".xml");
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      if (body != null && !copy(body, out, maxBytes)) {
        return Optional.empty();
      }
      kept = true;
      return Optional.of(new SpooledUpload(file));
    } finally {
      if (!kept) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static boolean copy(InputStream body, OutputStream out, long maxBytes)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = body.read(buffer)) != -1) {
      total += read;
      if (total > maxBytes) {
        return false;
      }
      out.write(buffer, 0, read);
    }
    return true;
  }

  ClinicalDataSource source() {
    return ClinicalDataSource.of(file);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
