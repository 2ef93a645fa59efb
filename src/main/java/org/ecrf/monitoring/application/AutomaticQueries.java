package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.FormDataSaved;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.monitoring.domain.FailedSoftChecks;
import org.ecrf.monitoring.domain.FailedSoftChecks.AutomaticQuery;
import org.ecrf.monitoring.domain.QueryOrigin;
import org.ecrf.monitoring.domain.QueryTarget;
import org.ecrf.subject.domain.Subject;

/**
 * Queries the platform raises itself when a save stores values that fail a soft check ({@link
 * FailedSoftChecks}); raised by the actor "system" and audited as QUERY_RAISED in the save's
 * transaction.
 */
@ApplicationScoped
public class AutomaticQueries {

  @Inject private DataQueryRepository queries;
  @Inject private MonitoringAudit audit;

  void raiseFor(FormDataSaved saved) {
    FormAddress address = saved.address();
    Subject subject = saved.form().event().subject();
    List<ItemPath> alreadyQueried =
        queries
            .unresolvedOfForm(subject, address.eventOid(), address.eventRepeat(), address.formOid())
            .stream()
            .filter(query -> query.origin() == QueryOrigin.AUTOMATIC)
            .map(DataQuery::target)
            .filter(target -> target.item().isPresent())
            .map(
                target ->
                    ItemPath.of(
                        new ItemGroupKey(target.itemGroupOid(), target.itemGroupRepeat()),
                        target.itemOid()))
            .toList();
    List<AutomaticQuery> raised =
        FailedSoftChecks.queriesFor(
            saved.evaluation(),
            saved.changes().itemChanges(),
            saved.confirmedWarnings(),
            alreadyQueried);
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
    for (AutomaticQuery automatic : raised) {
      QueryTarget target =
          new QueryTarget(
              address.eventOid(),
              address.eventRepeat(),
              address.formOid(),
              automatic.item().group().itemGroupOid(),
              automatic.item().group().repeatKey(),
              automatic.item().itemOid());
      DataQuery query =
          new DataQuery(
              subject,
              target,
              QueryOrigin.AUTOMATIC,
              AuditEntry.SYSTEM_ACTOR,
              null,
              automatic.question(),
              saved.at());
      queries.add(query);
      DataQueryService.auditRaised(audit, system, address.studyOid(), subject, query);
    }
  }
}
