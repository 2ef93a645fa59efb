package org.ecrf.crf.odm.clinical;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes on; asking for more fails, and {@link #exceeded()} then tells
 * the reader that the parse failed for the size, not for the XML.
 */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;
  private boolean exceeded;
  private IOException failure;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int value = readOrRemember(() -> super.read());
    if (value >= 0) {
      count(1);
    }
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int allowed = (int) Math.min(length, limit - count + 1);
    int read = readOrRemember(() -> super.read(buffer, offset, Math.max(allowed, 1)));
    if (read > 0) {
      count(read);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    return read() < 0 ? 0 : 1;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Remembers a failure of the underlying stream, which the parser reports only as bad XML. */
  private int readOrRemember(Read read) throws IOException {
    try {
      return read.read();
    } catch (IOException e) {
      if (!exceeded) {
        failure = e;
      }
      throw e;
    }
  }

  private void count(int bytes) throws IOException {
    count += bytes;
    if (count > limit) {
      exceeded = true;
      throw new IOException("Input longer than " + limit + " bytes");
    }
  }

  boolean exceeded() {
    return exceeded;
  }

  long limit() {
    return limit;
  }

  /** The failure of the underlying stream, if reading it failed. */
  IOException failure() {
    return failure;
  }

  /** One read of the underlying stream. */
  private interface Read {
    int read() throws IOException;
  }
}
