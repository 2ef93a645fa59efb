package org.ecrf.randomization.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic stream of random numbers: SHA-256 in counter mode. Block {@code i} of the stream
 * is {@code SHA-256(DOMAIN || 0x00 || len(seed) || seed || len(label) || label || i)}, with lengths
 * and {@code i} as big-endian integers and the label in UTF-8; its 32 bytes are used as eight
 * big-endian 32-bit numbers.
 *
 * <p>Why this and not {@code java.util.Random} or {@code SplittableRandom}: SHA-256 is fixed by
 * FIPS 180-4 and every Java platform must provide it ({@code MessageDigest} Javadoc), so the same
 * seed gives the same numbers on any JVM, vendor or version, and in any other language a
 * statistician may use to check the list. The label (the stratum key) gives every stratum a stream
 * of its own, so strata are independent of each other and of their order.
 *
 * <p>Integers below a bound are drawn without modulo bias by rejection sampling. Not thread-safe;
 * use one instance per stratum.
 */
final class Sha256CounterStream {

  /** Names the algorithm; changing anything above needs a new name (and a new golden test). */
  static final String ALGORITHM = "ecrf-blocks-sha256-ctr-v1";

  private final MessageDigest digest;
  private final byte[] prefix;
  private long counter;
  private ByteBuffer block = ByteBuffer.allocate(0);

  Sha256CounterStream(AllocationSeed seed, String label) {
    this.digest = sha256();
    byte[] domain = ALGORITHM.getBytes(StandardCharsets.US_ASCII);
    byte[] seedBytes = seed.bytes();
    byte[] labelBytes = label.getBytes(StandardCharsets.UTF_8);
    this.prefix =
        ByteBuffer.allocate(domain.length + 1 + 4 + seedBytes.length + 4 + labelBytes.length)
            .put(domain)
            .put((byte) 0)
            .putInt(seedBytes.length)
            .put(seedBytes)
            .putInt(labelBytes.length)
            .put(labelBytes)
            .array();
  }

  /** A uniformly distributed integer in {@code [0, bound)}. */
  int nextInt(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("The bound must be positive, not " + bound);
    }
    long range = 1L << 32;
    long limit = range - range % bound;
    while (true) {
      long value = Integer.toUnsignedLong(nextRawInt());
      if (value < limit) {
        return (int) (value % bound);
      }
    }
  }

  private int nextRawInt() {
    if (!block.hasRemaining()) {
      digest.update(prefix);
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
      block = ByteBuffer.wrap(digest.digest());
    }
    return block.getInt();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
