package org.ecrf.randomization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A randomisation list as stored: where it came from, the configuration it was made for, its
 * fingerprint and whether it is the one in force for its study. Its slots are {@link
 * StoredAllocationSlot}s.
 */
@Entity
@Table(name = "allocation_list")
@NamedQuery(
    name = "StoredAllocationList.inForce",
    query = "SELECT l FROM StoredAllocationList l WHERE l.studyOid = :study AND l.inForce = TRUE")
public class StoredAllocationList {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "study_oid", nullable = false, updatable = false)
  private String studyOid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ListSource source;

  @Column(nullable = false, updatable = false)
  private String configuration;

  @Column(nullable = false, updatable = false)
  private String fingerprint;

  @Column(name = "slot_count", nullable = false, updatable = false)
  private int slotCount;

  @Column(name = "in_force", nullable = false)
  private boolean inForce;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected StoredAllocationList() {}

  public StoredAllocationList(
      String studyOid, StratifiedBlockList list, String createdBy, Instant now) {
    this.studyOid = studyOid;
    this.source = list.source();
    this.configuration = list.configuration().canonicalForm();
    this.fingerprint = list.fingerprint();
    this.slotCount = list.slots().size();
    this.inForce = true;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** A list replaced by a newer one stays stored, out of force. */
  public void retire() {
    this.inForce = false;
  }

  public Long id() {
    return id;
  }

  public String studyOid() {
    return studyOid;
  }

  public ListSource source() {
    return source;
  }

  public String configuration() {
    return configuration;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public int slotCount() {
    return slotCount;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
