package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.FormDataSaved;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.monitoring.domain.OutOfWindowVisits;
import org.ecrf.monitoring.domain.OutOfWindowVisits.ExistingQuery;
import org.ecrf.monitoring.domain.OutOfWindowVisits.VisitQuery;
import org.ecrf.monitoring.domain.QueryOrigin;
import org.ecrf.monitoring.domain.QueryTarget;
import org.ecrf.subject.domain.Subject;
import org.ecrf.visit.application.VisitScheduleService;
import org.ecrf.visit.domain.ScheduledVisit;

/**
 * Raises the platform's query on a visit whose date lies outside its window ({@link
 * OutOfWindowVisits}), after a save that set a visit date or saved the infusion form (nothing else
 * moves a window or a visit date), in the save's transaction: the schedule is read after the save
 * has set the visit date (and after an infusion date that moves later visits), so a save of one
 * form can also bring another visit out of its window. Raised by the actor "system" and audited as
 * QUERY_RAISED. While the schedule cannot be computed (an infusion history it cannot follow), no
 * visit query is raised and the save goes on.
 */
@ApplicationScoped
public class VisitWindowQueries {

  @Inject private VisitScheduleService schedules;
  @Inject private DataQueryRepository queries;
  @Inject private MonitoringAudit audit;

  void raiseFor(FormDataSaved saved) {
    FormAddress address = saved.address();
    if (!saved.visitDateChanged() && !schedules.followsForm(address.formOid())) {
      return; // the windows and the visit dates are as before the save
    }
    Subject subject = saved.form().event().subject();
    // An infusion history the schedule cannot follow (say, week 6 entered before week 0) plans no
    // windows, so nothing is out of window yet; the subject page shows why.
    List<ScheduledVisit> outside =
        schedules.scheduleOf(address.studyOid(), subject.subjectKey()).outOfWindow();
    if (outside.isEmpty()) {
      return;
    }
    List<ExistingQuery> existing =
        queries.automaticOnVisits(subject).stream()
            .map(
                query ->
                    new ExistingQuery(
                        query.target().eventOid(), query.status(), query.messages().get(0).text()))
            .toList();
    AuditEntry system =
        new AuditEntry(
            AuditEventType.QUERY_RAISED,
            AuditEntry.SYSTEM_ACTOR,
            null,
            subject.site().code(),
            AuditSource.SYSTEM,
            null,
            null,
            null,
            null,
            null);
    for (VisitQuery raise : OutOfWindowVisits.queriesFor(outside, existing)) {
      DataQuery query =
          new DataQuery(
              subject,
              QueryTarget.visit(raise.eventOid(), 1),
              QueryOrigin.AUTOMATIC,
              AuditEntry.SYSTEM_ACTOR,
              null,
              raise.question(),
              saved.at());
      queries.add(query);
      DataQueryService.auditRaised(audit, system, address.studyOid(), subject, query);
    }
  }
}
