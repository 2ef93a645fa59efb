package org.ecrf.randomization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.ecrf.subject.domain.Subject;

/** One slot of a stored list, and, once used, the subject allocated by it, when and by whom. */
@Entity
@Table(name = "allocation_slot")
@NamedQuery(
    name = "StoredAllocationSlot.nextFree",
    query =
        "SELECT s FROM StoredAllocationSlot s WHERE s.list = :list AND s.stratumKey = :stratum"
            + " AND s.subject IS NULL ORDER BY s.sequence")
@NamedQuery(
    name = "StoredAllocationSlot.ofSubject",
    query = "SELECT s FROM StoredAllocationSlot s WHERE s.subject = :subject")
@NamedQuery(
    name = "StoredAllocationSlot.ofList",
    query =
        "SELECT s FROM StoredAllocationSlot s WHERE s.list = :list ORDER BY s.stratumKey, s.sequence")
@NamedQuery(
    name = "StoredAllocationSlot.usedCount",
    query =
        "SELECT COUNT(s) FROM StoredAllocationSlot s WHERE s.list = :list AND s.subject IS NOT NULL")
public class StoredAllocationSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "list_id", nullable = false, updatable = false)
  private StoredAllocationList list;

  @Column(name = "stratum_key", nullable = false, updatable = false)
  private String stratumKey;

  @Column(name = "sequence_number", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "block_number", nullable = false, updatable = false)
  private int blockNumber;

  @Column(name = "block_size", nullable = false, updatable = false)
  private int blockSize;

  @Column(name = "arm_code", nullable = false, updatable = false)
  private String armCode;

  @ManyToOne
  @JoinColumn(name = "subject_id")
  private Subject subject;

  @Column(name = "allocated_at")
  private Instant allocatedAt;

  @Column(name = "allocated_by")
  private String allocatedBy;

  protected StoredAllocationSlot() {}

  public StoredAllocationSlot(StoredAllocationList list, AllocationSlot slot) {
    this.list = list;
    this.stratumKey = slot.stratum().key();
    this.sequence = slot.sequence();
    this.blockNumber = slot.blockNumber();
    this.blockSize = slot.blockSize();
    this.armCode = slot.arm();
  }

  /** Uses the slot for a subject; a used slot is never used again. */
  public void allocate(Subject subject, String by, Instant now) {
    if (this.subject != null) {
      throw new IllegalStateException(
          "Slot " + sequence + " of " + stratumKey + " is used already");
    }
    this.subject = subject;
    this.allocatedBy = by;
    this.allocatedAt = now;
  }

  public AllocationSlot slot() {
    return new AllocationSlot(Stratum.parse(stratumKey), sequence, blockNumber, blockSize, armCode);
  }

  public StoredAllocationList list() {
    return list;
  }

  public String stratumKey() {
    return stratumKey;
  }

  public int sequence() {
    return sequence;
  }

  public String armCode() {
    return armCode;
  }

  public Optional<Subject> subject() {
    return Optional.ofNullable(subject);
  }

  public Instant allocatedAt() {
    return allocatedAt;
  }

  public String allocatedBy() {
    return allocatedBy;
  }
}
