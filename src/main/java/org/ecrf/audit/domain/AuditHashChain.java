package org.ecrf.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of an audit event: SHA-256 over the predecessor's hash and a canonical form of the
 * event's fields. The canonical form lists each non-empty field as {@code name=<length>:<value>} on
 * its own line, in a fixed order; lengths make it unambiguous, and leaving out empty fields keeps
 * old events' hashes valid when new (nullable) fields are added to later events.
 */
public final class AuditHashChain {

  /** The predecessor hash of the very first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHashChain() {}

  public static String hash(String previousHash, Instant occurredAt, AuditEntry entry) {
    return sha256(canonicalForm(previousHash, occurredAt, entry));
  }

  static String canonicalForm(String previousHash, Instant occurredAt, AuditEntry entry) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("previous", previousHash);
    fields.put("time", DateTimeFormatter.ISO_INSTANT.format(occurredAt));
    fields.put("type", entry.type().name());
    fields.put("actor", entry.actor());
    fields.put("role", entry.actorRole());
    fields.put("site", entry.siteCode());
    fields.put("source", entry.source().name());
    fields.put("target", entry.target());
    if (entry.path() != null) {
      fields.putAll(entry.path().parts());
    }
    fields.put("old", entry.oldValue());
    fields.put("new", entry.newValue());
    fields.put("reason", entry.reason());
    StringBuilder canonical = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            canonical
                .append(name)
                .append('=')
                .append(value.length())
                .append(':')
                .append(value)
                .append('\n');
          }
        });
    return canonical.toString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
