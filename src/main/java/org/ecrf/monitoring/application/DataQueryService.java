package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.monitoring.domain.QueryMessage;
import org.ecrf.monitoring.domain.QueryOrigin;
import org.ecrf.monitoring.domain.QueryRules;
import org.ecrf.monitoring.domain.QueryStatus;
import org.ecrf.monitoring.domain.QueryTarget;
import org.ecrf.monitoring.domain.TransitionDecision;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * Data queries: raised by hand by a monitor (of the subject's site) or a data manager, listed for
 * anyone who may see the subject, answered by the site and closed or re-opened by the reviewers
 * ({@link QueryRules}). Each raise and each message is an audit event (QUERY_RAISED,
 * QUERY_MESSAGE_POSTED with the status before and after) in the same transaction. A query on an
 * item the caller is blinded to for the subject does not exist for that caller.
 */
@ApplicationScoped
public class DataQueryService {

  /** The order in which a role is recorded for a message when the caller holds several. */
  private static final Set<Role> PARTICIPANTS =
      EnumSet.of(Role.INVESTIGATOR, Role.NURSE, Role.MONITOR, Role.DATA_MANAGER);

  @Inject private SubjectService subjects;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private QueryTargets targets;
  @Inject private MonitoringAccess access;
  @Inject private MonitoringAudit audit;
  @Inject private DataQueryRepository queries;
  @Inject private Clock clock;

  /** Raises a query by hand; answers the new query. */
  @Transactional
  public QueryView raise(String studyOid, RaiseQuery command) {
    Subject subject = subjects.visibleSubject(studyOid, command.subjectKey());
    Set<Role> roles = access.rolesAt(subject);
    if (!QueryRules.mayRaise(roles)) {
      throw new AccessDeniedException(
          "Only a monitor of the site or a data manager raises queries");
    }
    String text = requireText(command.text());
    QueryTarget target = targets.resolve(studyOid, subject, command);
    AuditEntry who = access.who(subject, EnumSet.of(Role.MONITOR, Role.DATA_MANAGER));
    DataQuery query =
        new DataQuery(
            subject,
            target,
            QueryOrigin.MANUAL,
            who.actor(),
            who.actorRole(),
            text,
            clock.instant());
    queries.add(query);
    queries.flush();
    auditRaised(audit, who, studyOid, subject, query);
    return QueryView.of(query);
  }

  /** The queries of one subject the caller may see, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QueryView> ofSubject(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    return visible(studyOid, subject, queries.ofSubject(subject));
  }

  /** The queries of every subject the caller may see in the study. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QueryView> ofStudy(String studyOid) {
    return subjects.visibleSubjects(studyOid).stream()
        .flatMap(subject -> visible(studyOid, subject, queries.ofSubject(subject)).stream())
        .toList();
  }

  /**
   * Adds a message to a query, leaving it in {@code requested} (the current status when {@code
   * null}).
   */
  @Transactional
  public QueryView post(String studyOid, long id, String text, QueryStatus requested) {
    DataQuery query = visibleQuery(studyOid, id);
    String message = requireText(text);
    QueryStatus before = query.status();
    QueryStatus next = Objects.requireNonNullElse(requested, before);
    Subject subject = query.subject();
    TransitionDecision decision = QueryRules.decide(before, next, access.rolesAt(subject));
    switch (decision.verdict()) {
      case NOT_PERMITTED -> throw new AccessDeniedException(decision.reason());
      case CONFLICT -> throw new ConflictException(decision.reason());
      case ALLOWED -> {}
    }
    AuditEntry who = access.who(subject, PARTICIPANTS);
    Instant now = clock.instant();
    query.post(who.actor(), who.actorRole(), message, next, now);
    audit.record(
        who,
        AuditEventType.QUERY_MESSAGE_POSTED,
        MonitoringAudit.targetPath(studyOid, subject.subjectKey(), query.target()),
        "Query " + id + " " + before.name(),
        "Query " + id + " " + next.name() + ": " + message,
        null);
    flush(id);
    return QueryView.of(query);
  }

  static void auditRaised(
      MonitoringAudit audit, AuditEntry who, String studyOid, Subject subject, DataQuery query) {
    String number = query.id() == null ? "" : " " + query.id();
    audit.record(
        who,
        AuditEventType.QUERY_RAISED,
        MonitoringAudit.targetPath(studyOid, subject.subjectKey(), query.target()),
        null,
        query.origin().name().toLowerCase(Locale.ROOT)
            + " query"
            + number
            + " OPEN: "
            + query.messages().get(0).text(),
        null);
  }

  private DataQuery visibleQuery(String studyOid, long id) {
    return queries
        .byId(id)
        .filter(query -> query.subject().studyOid().equals(studyOid))
        .filter(query -> !visible(studyOid, query.subject(), List.of(query)).isEmpty())
        .orElseThrow(() -> new NotFoundException("No query " + id + " in study " + studyOid));
  }

  List<QueryView> visible(String studyOid, Subject subject, List<DataQuery> found) {
    if (!access.seesSite(subject)) {
      return List.of();
    }
    StudyDefinition definition =
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid))
            .definition();
    return found.stream()
        .filter(
            query ->
                query
                    .target()
                    .item()
                    .map(item -> access.sees(definition, subject, item))
                    .orElse(true))
        .map(QueryView::of)
        .toList();
  }

  private static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "A query message needs a text");
    }
    if (text.length() > QueryMessage.MAX_TEXT) {
      throw new InvalidInputException(
          "text", "A query message has at most " + QueryMessage.MAX_TEXT + " characters");
    }
    return text.strip();
  }

  private void flush(long id) {
    try {
      queries.flush();
    } catch (OptimisticLockException e) {
      throw changedMeanwhile(id);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw changedMeanwhile(id);
      }
      throw e;
    }
  }

  private static ConflictException changedMeanwhile(long id) {
    return new ConflictException(
        "Query " + id + " received another message at the same moment; yours was not saved.");
  }
}
