package org.ecrf.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.audit.domain.SubjectScope;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;

/**
 * Reads the audit trail of clinical data: a study's, a subject's, a visit's, a form's, an item
 * group's or an item's history, by user and period, a page at a time. Who reads what: monitors,
 * investigators and nurses the subjects of their own sites; data managers and sponsors every
 * subject; administrators nothing (they see no clinical data). Events without a subject (sign-ins,
 * user and site administration) are not part of these histories. Values of items that the study's
 * blinding hides from the reader are left out ({@link AuditBlinding}).
 */
@ApplicationScoped
@Transactional
public class AuditHistory {

  private static final Role[] READERS = {
    Role.INVESTIGATOR, Role.NURSE, Role.MONITOR, Role.DATA_MANAGER, Role.SPONSOR
  };

  @Inject private AuditEventRepository events;
  @Inject private SubjectRepository subjects;
  @Inject private SiteRepository sites;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private CurrentUser currentUser;

  /**
   * One page of the history and the number of its events.
   *
   * @throws org.ecrf.shared.AccessDeniedException for a caller with none of the reading roles
   * @throws NotFoundException for an unknown study, or a subject that is unknown or at a site the
   *     caller may not see (answered alike)
   */
  public AuditHistoryPage search(AuditQuery query) {
    Reader reader = reader(query);
    if (reader.scope().isEmpty()) {
      return new AuditHistoryPage(0, query.offset(), query.limit(), List.of());
    }
    long total = events.count(reader.query(), reader.scope());
    List<AuditRecordView> records = total > query.offset() ? read(reader) : List.of();
    return new AuditHistoryPage(total, query.offset(), query.limit(), records);
  }

  /** How many events the history has (for paging); access as for {@link #search}. */
  public long count(AuditQuery query) {
    Reader reader = reader(query);
    return reader.scope().isEmpty() ? 0 : events.count(reader.query(), reader.scope());
  }

  /** One page of the history without its count; access as for {@link #search}. */
  public List<AuditRecordView> records(AuditQuery query) {
    Reader reader = reader(query);
    return reader.scope().isEmpty() ? List.of() : read(reader);
  }

  private Reader reader(AuditQuery query) {
    currentUser.requireAnyRole(READERS);
    SiteAccessPolicy access = currentUser.access();
    String studyOid = query.scope().studyOid();
    StudyDefinition definition =
        definitions
            .current(studyOid)
            .map(LoadedVersion::definition)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid));
    Map<String, Subject> known = new HashMap<>();
    AuditQuery narrowed = query;
    SubjectScope scope;
    if (query.scope().subjectKey() != null) {
      Subject subject = visibleSubject(studyOid, query.scope().subjectKey(), access);
      known.put(subject.subjectKey(), subject);
      narrowed = query.ofSubject(subject.subjectKey());
      scope = SubjectScope.only(Set.of(subject.subjectKey()));
    } else if (access.hasAnyRole(Role.DATA_MANAGER, Role.SPONSOR)) {
      scope = SubjectScope.all();
    } else {
      Set<String> siteCodes = access.clinicalSites(sites.all().stream().map(Site::code).toList());
      subjects.atSites(studyOid, siteCodes).forEach(s -> known.put(s.subjectKey(), s));
      scope = SubjectScope.only(known.keySet());
    }
    return new Reader(narrowed, scope, definition, access, known);
  }

  private Subject visibleSubject(String studyOid, String subjectKey, SiteAccessPolicy access) {
    return subjects
        .byKey(studyOid, subjectKey)
        .filter(subject -> access.canSeeClinicalDataAt(subject.site().code()))
        .orElseThrow(
            () -> new NotFoundException("No subject " + subjectKey + " in study " + studyOid));
  }

  private List<AuditRecordView> read(Reader reader) {
    List<AuditEvent> page = events.find(reader.query(), reader.scope());
    Map<String, Subject> bySubject = new HashMap<>(reader.known());
    page.stream()
        .map(AuditEvent::path)
        .filter(path -> path != null && path.itemOid() != null)
        .map(ItemPath::subjectKey)
        .distinct()
        .filter(key -> !bySubject.containsKey(key))
        .forEach(
            key ->
                subjects
                    .byKey(reader.query().scope().studyOid(), key)
                    .ifPresent(subject -> bySubject.put(key, subject)));
    Map<String, ZoneId> zones =
        sites.all().stream().collect(Collectors.toMap(Site::code, Site::zone));
    return page.stream().map(event -> view(event, reader, bySubject, zones)).toList();
  }

  private static AuditRecordView view(
      AuditEvent event, Reader reader, Map<String, Subject> bySubject, Map<String, ZoneId> zones) {
    String siteCode = event.entry().siteCode();
    ZoneId zone = siteCode == null ? null : zones.get(siteCode);
    ItemPath path = event.path();
    if (path == null || path.itemOid() == null) {
      return AuditRecordView.of(event, zone, false);
    }
    Optional<Subject> subject = Optional.ofNullable(bySubject.get(path.subjectKey()));
    String site = subject.map(s -> s.site().code()).orElse(siteCode);
    Set<Role> roles = site == null ? reader.access().roles() : reader.access().rolesAt(site);
    String arm = subject.flatMap(Subject::armCode).orElse("");
    return AuditRecordView.of(
        event, zone, AuditBlinding.hidesValues(reader.definition(), roles, arm, path));
  }

  /** One read: the (narrowed) query, whose events the caller may see, and what blinding needs. */
  private record Reader(
      AuditQuery query,
      SubjectScope scope,
      StudyDefinition definition,
      SiteAccessPolicy access,
      Map<String, Subject> known) {

    Reader {
      known = Map.copyOf(known);
    }
  }
}
