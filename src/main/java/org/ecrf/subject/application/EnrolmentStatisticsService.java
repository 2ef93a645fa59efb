package org.ecrf.subject.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.RandomisationDef;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.EnrolmentRecord;
import org.ecrf.subject.domain.EnrolmentStatistics;
import org.ecrf.subject.domain.EnrolmentSummary;
import org.ecrf.subject.domain.Sex;
import org.ecrf.subject.domain.SubjectStatus;

/**
 * The enrolment dashboard's figures: children registered, in screening, failed screening, enrolled
 * and randomised, per site and per randomisation stratum, and cumulatively per month. For sponsors
 * and data managers only; the figures carry no clinical data and no arm.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnrolmentStatisticsService {

  /**
   * The zone of the dashboard's calendar months: UTC, as every time on the pages is shown (a
   * registration at 00:30 in Berlin on the 1st counts in the month before).
   */
  public static final ZoneId MONTH_ZONE = ZoneOffset.UTC;

  /** The strata when a study defines no randomisation: diagnosis x site (TOPIT's). */
  public static final List<StratificationFactor> DEFAULT_FACTORS =
      List.of(StratificationFactor.DIAGNOSIS, StratificationFactor.SITE);

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private SiteRepository sites;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private Clock clock;

  /**
   * The study's enrolment up to the current month.
   *
   * @throws org.ecrf.shared.AccessDeniedException unless the caller is a sponsor or data manager
   */
  public EnrolmentSummary summary(String studyOid) {
    currentUser.requireAnyRole(Role.SPONSOR, Role.DATA_MANAGER);
    StudyDefinition definition =
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid))
            .definition();
    List<StratificationFactor> factors =
        definition
            .design()
            .randomisation()
            .map(RandomisationDef::stratificationFactors)
            .orElse(DEFAULT_FACTORS);
    return EnrolmentStatistics.summarise(
        records(studyOid),
        sites.all().stream().map(Site::code).toList(),
        factors,
        YearMonth.from(clock.instant().atZone(MONTH_ZONE)),
        MONTH_ZONE);
  }

  /** One row per registered child, with the time its allocation slot was used, in one query. */
  private List<EnrolmentRecord> records(String studyOid) {
    return em
        .createQuery(
            "SELECT s.site.code, s.diagnosis, s.sex, s.status, s.registeredAt, a.allocatedAt"
                + " FROM Subject s LEFT JOIN StoredAllocationSlot a ON a.subject = s"
                + " WHERE s.studyOid = :study",
            Object[].class)
        .setParameter("study", studyOid)
        .getResultList()
        .stream()
        .map(
            row ->
                new EnrolmentRecord(
                    (String) row[0],
                    (Diagnosis) row[1],
                    (Sex) row[2],
                    (SubjectStatus) row[3],
                    (Instant) row[4],
                    Optional.ofNullable((Instant) row[5])))
        .toList();
  }
}
