package org.ecrf.crf.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One MetaDataVersion of one study, stored as the ODM file that was validated, byte for byte, with
 * its SHA-256. It is never changed: a study's next version is a new row.
 */
@Entity
@Table(name = "study_definition")
@NamedQuery(name = "StoredDefinition.all", query = "SELECT d FROM StoredDefinition d ORDER BY d.id")
@NamedQuery(
    name = "StoredDefinition.newerThan",
    query = "SELECT d FROM StoredDefinition d WHERE d.id > :id ORDER BY d.id")
@NamedQuery(
    name = "StoredDefinition.byVersion",
    query =
        "SELECT d FROM StoredDefinition d WHERE d.studyOid = :study AND d.metaDataVersionOid = :version")
@NamedQuery(name = "StoredDefinition.maxId", query = "SELECT MAX(d.id) FROM StoredDefinition d")
public class StoredDefinition {

  /** Where a stored version came from. */
  public enum Source {
    /** A file of {@code crf-definitions/} shipped with the platform. */
    BUILT_IN,
    /** Uploaded by an administrator. */
    UPLOADED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "study_oid", nullable = false, updatable = false)
  private String studyOid;

  @Column(name = "metadata_version", nullable = false, updatable = false)
  private String metaDataVersionOid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Source source;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(nullable = false, updatable = false)
  private boolean lenient;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "form_count", nullable = false, updatable = false)
  private int formCount;

  @Column(name = "item_count", nullable = false, updatable = false)
  private int itemCount;

  @Column(name = "stored_by", nullable = false, updatable = false)
  private String storedBy;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private Instant storedAt;

  protected StoredDefinition() {}

  /** A version as it was validated: its file, and whether that took the lenient import mode. */
  public StoredDefinition(
      StudyDefinition definition,
      Source source,
      DefinitionFile file,
      String storedBy,
      Instant now) {
    this.studyOid = definition.header().studyOid();
    this.metaDataVersionOid = definition.header().metaDataVersionOid();
    this.source = source;
    this.fileName = file.name();
    this.content = file.content();
    this.lenient = file.lenient();
    this.sha256 = sha256(this.content);
    this.formCount = definition.forms().size();
    this.itemCount = definition.items().size();
    this.storedBy = storedBy;
    this.storedAt = now;
  }

  /** The SHA-256 of a file's bytes, in lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** True when {@code content} is exactly the stored file. */
  public boolean hasContent(byte[] other) {
    return sha256.equals(sha256(other));
  }

  public Long id() {
    return id;
  }

  public String studyOid() {
    return studyOid;
  }

  public String metaDataVersionOid() {
    return metaDataVersionOid;
  }

  public Source source() {
    return source;
  }

  public String fileName() {
    return fileName;
  }

  public boolean lenient() {
    return lenient;
  }

  /** The stored file, to validate again (with the mode it was stored with) or to download. */
  public DefinitionFile file() {
    return new DefinitionFile(fileName, content, lenient);
  }

  public String sha256() {
    return sha256;
  }

  public int formCount() {
    return formCount;
  }

  public int itemCount() {
    return itemCount;
  }

  public String storedBy() {
    return storedBy;
  }

  public Instant storedAt() {
    return storedAt;
  }
}
