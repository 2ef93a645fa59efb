package org.ecrf.monitoring.domain;

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
import org.ecrf.entry.domain.FormData;

/**
 * An investigator's electronic signature of a form (21 CFR 11.50: printed name, date and time, and
 * meaning), bound to the form version it covers. A later change of the form voids it; the voided
 * signature is kept with who voided it, when and why.
 */
@Entity
@Table(name = "form_signature")
@NamedQuery(
    name = "FormSignature.valid",
    query = "SELECT s FROM FormSignature s WHERE s.form = :form AND s.voidedAt IS NULL")
@NamedQuery(
    name = "FormSignature.ofForm",
    query =
        "SELECT s FROM FormSignature s WHERE s.form = :form ORDER BY s.signedAt DESC, s.id DESC")
public class FormSignature {

  /** What the investigator confirms by signing (issue 7). */
  public static final String MEANING = "I confirm the data are accurate and complete";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "form_data_id", nullable = false, updatable = false)
  private FormData form;

  @Column(name = "signed_by", nullable = false, updatable = false)
  private String signedBy;

  @Column(name = "signer_name", nullable = false, updatable = false)
  private String signerName;

  @Column(nullable = false, updatable = false)
  private String meaning;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Column(name = "form_version", nullable = false, updatable = false)
  private int formVersion;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by")
  private String voidedBy;

  @Column(name = "void_reason")
  private String voidReason;

  protected FormSignature() {}

  public FormSignature(FormData form, String signedBy, String signerName, Instant signedAt) {
    this.form = form;
    this.signedBy = signedBy;
    this.signerName = signerName;
    this.meaning = MEANING;
    this.signedAt = signedAt;
    this.formVersion = form.version();
  }

  /** Voids the signature: the data it covered have changed, or the form was reopened. */
  public void voidBy(String actor, Instant at, String reason) {
    if (voidedAt != null) {
      throw new IllegalStateException("The signature " + id + " is void already");
    }
    this.voidedBy = actor;
    this.voidedAt = at;
    this.voidReason = reason;
  }

  /** "Signed by Dr. B. Berg (inv.ber) at 2026-03-02T09:00:00Z: I confirm ..." for the audit. */
  public String describe() {
    return "Signed by " + signerName + " (" + signedBy + ") at " + signedAt + ": " + meaning;
  }

  public Long id() {
    return id;
  }

  public String signedBy() {
    return signedBy;
  }

  public String signerName() {
    return signerName;
  }

  public String meaning() {
    return meaning;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public int formVersion() {
    return formVersion;
  }

  public Optional<Instant> voidedAt() {
    return Optional.ofNullable(voidedAt);
  }

  public Optional<String> voidedBy() {
    return Optional.ofNullable(voidedBy);
  }

  public Optional<String> voidReason() {
    return Optional.ofNullable(voidReason);
  }
}
