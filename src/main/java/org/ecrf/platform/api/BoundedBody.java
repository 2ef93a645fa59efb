package org.ecrf.platform.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads a request body up to a limit, and never past it: a body over the limit is left unread
 * (answered 413). Every upload of the API (definitions, dry runs) reads its body through it.
 */
public final class BoundedBody {

  private BoundedBody() {}

  /** The body, or empty when it is larger than {@code maxBytes}. */
  public static Optional<byte[]> read(InputStream body, int maxBytes) {
    if (body == null) {
      return Optional.of(new byte[0]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
    byte[] buffer = new byte[16 * 1024];
    try {
      int read;
      while ((read = body.read(buffer)) != -1) {
        if (out.size() + read > maxBytes) {
          return Optional.empty();
        }
        out.write(buffer, 0, read);
      }
      return Optional.of(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("The request body could not be read", e);
    }
  }
}
