package org.ecrf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.entry.domain.FormData;

/**
 * An investigator's electronic signature of a form (21 CFR 11.50: printed name, date and time, and
 * meaning), bound to the form version it covers, and whether it was given for the form alone or as
 * part of signing its visit or the subject's casebook ({@link SignatureScope}). A later change of
 * the form voids it; the voided signature is kept with who voided it, when and why.
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

  @Enumerated(EnumType.STRING)
  @Column(name = "signed_scope", nullable = false, updatable = false)
  private SignatureScope scope;

  @Column(name = "scope_event_oid", updatable = false)
  private String scopeEventOid;

  @Column(name = "scope_event_repeat", updatable = false)
  private Integer scopeEventRepeat;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by")
  private String voidedBy;

  @Column(name = "void_reason")
  private String voidReason;

  protected FormSignature() {}

  /** A signature of the form on its own. */
  public FormSignature(FormData form, String signedBy, String signerName, Instant signedAt) {
    this(form, signedBy, signerName, signedAt, SignatureScope.FORM);
  }

  /**
   * A signature of the form as part of a signing of {@code scope}: its visit (the form's own visit,
   * recorded) or the subject's casebook.
   */
  public FormSignature(
      FormData form, String signedBy, String signerName, Instant signedAt, SignatureScope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    if (scope == SignatureScope.VISIT) {
      this.scopeEventOid = form.event().eventOid();
      this.scopeEventRepeat = form.event().repeatKey();
    }
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

  /**
   * "Signed by Dr. B. Berg (inv.ber) at 2026-03-02T09:00:00Z: I confirm ..." for the audit, with "
   * (signing of visit SE.WEEK6)" or " (signing of the casebook)" when it was part of one.
   */
  public String describe() {
    return "Signed by "
        + signerName
        + " ("
        + signedBy
        + ") at "
        + signedAt
        + ": "
        + meaning
        + switch (scope()) {
          case FORM -> "";
          case VISIT -> " (signing of visit " + scopeEvent().orElse("") + ")";
          case CASEBOOK -> " (signing of the casebook)";
        };
  }

  private String repeatSuffix() {
    return scopeEventRepeat == null || scopeEventRepeat == 1 ? "" : "[" + scopeEventRepeat + "]";
  }

  /** The visit signed as a whole ({@code SE.WEEK6}, {@code SE.UNSCHED[2]}) for scope VISIT. */
  public Optional<String> scopeEvent() {
    return Optional.ofNullable(scopeEventOid).map(oid -> oid + repeatSuffix());
  }

  /** What the one password entry signed: the form alone, its visit or the casebook. */
  public SignatureScope scope() {
    return scope == null ? SignatureScope.FORM : scope;
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
