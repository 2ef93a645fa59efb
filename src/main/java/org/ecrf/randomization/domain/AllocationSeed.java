package org.ecrf.randomization.domain;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The secret seed a randomisation list is generated from. Whoever knows the seed and the
 * configuration can recompute the whole list, so the seed is kept by the statistician, never stored
 * beside the list and never printed: {@link #toString()} hides it.
 *
 * <p>A seed is a byte string of 8 to 1024 bytes. {@link #of(long)} uses the 8 big-endian bytes of
 * the number, so a seed given as a number and the same number as bytes generate the same list.
 */
public final class AllocationSeed {

  static final int MINIMUM_BYTES = 8;
  static final int MAXIMUM_BYTES = 1024;

  private final byte[] bytes;

  private AllocationSeed(byte[] bytes) {
    if (bytes.length < MINIMUM_BYTES || bytes.length > MAXIMUM_BYTES) {
      throw new IllegalArgumentException(
          "A seed has "
              + MINIMUM_BYTES
              + " to "
              + MAXIMUM_BYTES
              + " bytes, this one has "
              + bytes.length);
    }
    this.bytes = bytes.clone();
  }

  /** A seed from a number, as the 8 bytes of the long in big-endian order. */
  public static AllocationSeed of(long seed) {
    return new AllocationSeed(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
  }

  /** A seed from a byte string (e.g. 32 bytes from a SecureRandom, for demo lists). */
  public static AllocationSeed ofBytes(byte[] seed) {
    return new AllocationSeed(seed);
  }

  /**
   * A seed written in hexadecimal (16 to 2048 hex digits).
   *
   * @throws IllegalArgumentException when the text is not an even number of hex digits
   */
  public static AllocationSeed ofHex(String hex) {
    try {
      return new AllocationSeed(HexFormat.of().parseHex(hex.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "A seed in hexadecimal is an even number of digits 0-9 and a-f", e);
    }
  }

  /** A copy of the seed's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Compares in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof AllocationSeed seed && MessageDigest.isEqual(bytes, seed.bytes);
  }

  @Override
  public int hashCode() {
    return bytes.length;
  }

  /** Never shows the seed. */
  @Override
  public String toString() {
    return "AllocationSeed[" + bytes.length + " bytes, hidden]";
  }
}
