package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.monitoring.domain.QueryAge;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;
import org.ecrf.visit.application.VisitScheduleService;
import org.ecrf.visit.domain.VisitSchedule;
import org.ecrf.visit.domain.VisitStatus;

/**
 * The monitoring dashboard's figures per site (issue 7): forms complete, SDV done, unresolved
 * queries by age and overdue visits, over the subjects the caller sees. For monitors, data managers
 * and sponsors. The overdue visits come from each subject's visit schedule (three queries per
 * subject); a subject whose schedule cannot be computed or anchored (an infusion history the
 * calculator cannot follow) is counted under "schedule unknown".
 */
@ApplicationScoped
public class MonitoringDashboard {

  @Inject private SubjectService subjects;
  @Inject private SdvProgress progress;
  @Inject private DataQueryRepository queries;
  @Inject private DataQueryService dataQueries;
  @Inject private VisitScheduleService schedules;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SiteFigures> bySite(String studyOid) {
    if (!currentUser.access().hasAnyRole(Role.MONITOR, Role.DATA_MANAGER, Role.SPONSOR)) {
      throw new AccessDeniedException(
          "The monitoring dashboard is for monitors, data managers and sponsors");
    }
    List<Subject> visible = subjects.visibleSubjects(studyOid);
    Map<String, SiteFigures.Counter> sites = new TreeMap<>();
    for (Subject subject : visible) {
      SiteFigures.Counter site =
          sites.computeIfAbsent(subject.site().code(), code -> new SiteFigures.Counter());
      site.subjects++;
      for (SdvProgress.FormProgress form : progress.of(studyOid, subject)) {
        countForm(site, form);
      }
      countSchedule(site, studyOid, subject);
    }
    Instant now = clock.instant();
    for (DataQuery query : queries.ofSubjects(visible)) {
      if (query.status().isUnresolved()
          && !dataQueries.visible(studyOid, query.subject(), List.of(query)).isEmpty()) {
        SiteFigures.Counter site = sites.get(query.subject().site().code());
        site.queries[QueryAge.of(QueryAge.days(query.raisedAt(), now)).ordinal()]++;
      }
    }
    List<SiteFigures> figures = new ArrayList<>();
    sites.forEach((code, counter) -> figures.add(counter.figures(code)));
    return figures;
  }

  private static void countForm(SiteFigures.Counter site, SdvProgress.FormProgress form) {
    FormStatus status = form.form().status();
    site.formsStarted++;
    if (status == FormStatus.COMPLETE
        || status == FormStatus.VERIFIED
        || status == FormStatus.SIGNED) {
      site.formsComplete++;
    }
    if (!status.acceptsChanges()) {
      site.formsFrozenOrLocked++;
    }
    if (form.required() > 0) {
      site.formsNeedingSdv++;
      if (form.pending() == 0) {
        site.formsSdvDone++;
      }
    }
  }

  /**
   * Counts the subject's overdue visits; a schedule the infusions recorded cannot anchor (it comes
   * with a problem and no planned dates) counts as unknown, as does one that cannot be computed.
   */
  private void countSchedule(SiteFigures.Counter site, String studyOid, Subject subject) {
    try {
      VisitSchedule schedule = schedules.scheduleOf(studyOid, subject.subjectKey());
      if (schedule.problem().isPresent()) {
        site.scheduleUnknown++;
        return;
      }
      site.overdueVisits +=
          (int)
              schedule.visits().stream()
                  .filter(visit -> visit.status() == VisitStatus.OVERDUE)
                  .count();
    } catch (IllegalArgumentException e) {
      site.scheduleUnknown++;
    }
  }
}
