package org.ecrf.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a user name and password matched a given stored hash, so that
 * REST calls with HTTP Basic do not pay for PBKDF2 on every request. Entries are keyed by an HMAC
 * of the credentials under a random key that never leaves this JVM; the password itself is not
 * kept. A changed password (a different stored hash), a locked or deactivated account are still
 * checked against the database on every request. It is only a performance aid: each server instance
 * has its own, and losing it changes nothing but speed.
 */
@ApplicationScoped
public class CredentialCache {

  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] key = new byte[32];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public CredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  boolean confirms(String username, char[] password, String storedHash, Instant now) {
    Entry entry = entries.get(fingerprint(username, password));
    return entry != null && entry.storedHash().equals(storedHash) && now.isBefore(entry.expires());
  }

  void remember(String username, char[] password, String storedHash, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(fingerprint(username, password), new Entry(storedHash, now.plus(LIFETIME)));
  }

  private String fingerprint(String username, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private record Entry(String storedHash, Instant expires) {}
}
