package org.ecrf.subject.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the enrolment dashboard knows of one registered child: site, the facts that decide its
 * randomisation stratum, its status now, when it was registered and, once randomised, when the
 * allocation was made. No clinical data.
 *
 * @param siteCode the site the child was registered at
 * @param diagnosis CD or UC
 * @param sex M or F
 * @param status the subject's status now
 * @param registeredAt when the platform issued the subject key
 * @param randomisedAt when the allocation slot was used; empty before randomisation
 */
public record EnrolmentRecord(
    String siteCode,
    Diagnosis diagnosis,
    Sex sex,
    SubjectStatus status,
    Instant registeredAt,
    Optional<Instant> randomisedAt) {

  public EnrolmentRecord {
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(registeredAt, "registeredAt");
    randomisedAt = randomisedAt == null ? Optional.empty() : randomisedAt;
  }

  /** True when the chart can place the randomisation: randomised, with the allocation's time. */
  public boolean hasDatedRandomisation() {
    return status.hasBeenRandomised() && randomisedAt.isPresent();
  }
}
