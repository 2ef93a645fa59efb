package org.ecrf.security.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA256 and a random 32-byte salt per password. The stored form names its own
 * parameters ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64), so that the iteration
 * count can be raised later without invalidating existing passwords.
 */
public final class PasswordHasher {

  public static final int DEFAULT_ITERATIONS = 210_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 256;

  private final int iterations;
  private final SecureRandom random;

  public PasswordHasher(int iterations, SecureRandom random) {
    if (iterations < 10_000) {
      throw new IllegalArgumentException("At least 10,000 PBKDF2 iterations are required");
    }
    this.iterations = iterations;
    this.random = random;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        ":",
        ALGORITHM,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(hash));
  }

  /** Compares in constant time; a malformed stored hash never matches. */
  public boolean matches(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** True when the stored hash was made with fewer iterations than are configured now. */
  public boolean needsRehash(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
