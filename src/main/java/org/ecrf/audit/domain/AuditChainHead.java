package org.ecrf.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest link of the chain (a single row). Appending locks it, so that concurrent transactions,
 * on one server or several, append one after the other and every event names the right predecessor.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "last_event_id")
  private Long lastEventId;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditChainHead() {}

  public String lastHash() {
    return lastHash;
  }

  public Long lastEventId() {
    return lastEventId;
  }

  public void advanceTo(AuditEvent event) {
    this.lastEventId = event.id();
    this.lastHash = event.hash();
  }
}
