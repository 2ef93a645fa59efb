package org.ecrf.subject.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.ecrf.site.domain.Site;

/**
 * A child registered in a study at a site, identified only by the key the platform issued ({@code
 * POT-0007}), with month and year of birth, sex and diagnosis. Its status follows {@link
 * SubjectStatus}; its arm is set once, by randomisation.
 */
@Entity
@Table(name = "subject")
@NamedQuery(
    name = "Subject.byKey",
    query = "SELECT s FROM Subject s WHERE s.studyOid = :study AND s.subjectKey = :key")
@NamedQuery(
    name = "Subject.atSites",
    query =
        "SELECT s FROM Subject s WHERE s.studyOid = :study AND s.site.code IN :sites ORDER BY s.subjectKey")
public class Subject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "study_oid", nullable = false, updatable = false)
  private String studyOid;

  @Column(name = "subject_key", nullable = false, updatable = false)
  private String subjectKey;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id", nullable = false, updatable = false)
  private Site site;

  @Column(name = "sequence_number", nullable = false, updatable = false)
  private int sequenceNumber;

  @Column(name = "birth_month", nullable = false)
  private String birthMonth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sex sex;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Diagnosis diagnosis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubjectStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "arm_code")
  private String armCode;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, updatable = false)
  private String registeredBy;

  @Version private int version;

  protected Subject() {}

  /** A child just registered (status SCREENING) under the key issued for it. */
  public Subject(
      String studyOid,
      SubjectKey key,
      Site site,
      NewSubject details,
      String registeredBy,
      Instant now) {
    if (!key.siteCode().equals(site.code())) {
      throw new IllegalArgumentException(
          "The key " + key + " does not belong to site " + site.code());
    }
    this.studyOid = studyOid;
    this.subjectKey = key.value();
    this.site = site;
    this.sequenceNumber = key.sequence();
    this.birthMonth = details.birthMonth().toString();
    this.sex = details.sex();
    this.diagnosis = details.diagnosis();
    this.status = SubjectState.screening().status();
    this.registeredBy = registeredBy;
    this.registeredAt = now;
  }

  public SubjectState state() {
    return new SubjectState(status, Optional.ofNullable(statusReason));
  }

  /**
   * Moves to the next status by the rules of {@link SubjectState}; refuses a move they do not
   * allow.
   */
  public void moveTo(SubjectState next) {
    if (!status.canMoveTo(next.status())) {
      throw new IllegalStatusChangeException(status, next.status());
    }
    this.status = next.status();
    this.statusReason = next.reason().orElse(null);
  }

  /** Records the arm allocated by randomisation; it is set once and never changed. */
  public void allocate(String armCode) {
    if (this.armCode != null) {
      throw new IllegalStateException(subjectKey + " is allocated to " + this.armCode + " already");
    }
    this.armCode = armCode;
  }

  public Long id() {
    return id;
  }

  public String studyOid() {
    return studyOid;
  }

  public SubjectKey key() {
    return SubjectKey.parse(subjectKey);
  }

  public String subjectKey() {
    return subjectKey;
  }

  public Site site() {
    return site;
  }

  public BirthMonth birthMonth() {
    return new BirthMonth(YearMonth.parse(birthMonth));
  }

  public Sex sex() {
    return sex;
  }

  public Diagnosis diagnosis() {
    return diagnosis;
  }

  public SubjectStatus status() {
    return status;
  }

  public Optional<String> armCode() {
    return Optional.ofNullable(armCode);
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public String registeredBy() {
    return registeredBy;
  }
}
