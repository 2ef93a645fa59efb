package org.ecrf.subject.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectStatus;

/**
 * The reads behind the subject matrix: a page of the subjects a caller may see, filtered and sorted
 * in the database, and the visits and form statuses of that page, each in one query however many
 * subjects a study has.
 *
 * <p>A read model over three capabilities' tables (subject, study_event_data, form_data), so its
 * JPQL sits here rather than in one capability's repository; it writes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubjectMatrixQueries {

  /** The most subjects one page may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private SiteRepository sites;
  @Inject private CrfDefinitionRegistry definitions;

  /** The sites whose subjects the caller may see, by code (none for an administrator). */
  public List<String> visibleSites(String studyOid) {
    requireStudy(studyOid);
    return List.copyOf(visibleSiteCodes());
  }

  /** How many subjects the filter lets through, of those the caller may see. */
  public int count(String studyOid, SubjectFilter filter) {
    requireStudy(studyOid);
    Criteria criteria = Criteria.of(studyOid, filter, visibleSiteCodes());
    if (criteria.sites().isEmpty()) {
      return 0;
    }
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(s) FROM Subject s WHERE " + criteria.jpql(), Long.class);
    criteria.bind(query);
    return query.getSingleResult().intValue();
  }

  /**
   * One page of the subjects the filter lets through, in the given order, with their started visits
   * and forms.
   *
   * @param first the position of the page's first subject (from 0)
   * @param size how many subjects, at most {@link #MAX_PAGE_SIZE}
   */
  public MatrixPage page(
      String studyOid, SubjectFilter filter, SubjectSort sort, int first, int size) {
    requireStudy(studyOid);
    Criteria criteria = Criteria.of(studyOid, filter, visibleSiteCodes());
    if (criteria.sites().isEmpty() || size < 1) {
      return new MatrixPage(List.of(), List.of());
    }
    TypedQuery<Subject> query =
        em.createQuery(
            "SELECT s FROM Subject s JOIN FETCH s.site WHERE "
                + criteria.jpql()
                + " ORDER BY "
                + orderBy(sort),
            Subject.class);
    criteria.bind(query);
    List<Subject> subjects =
        query
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(size, MAX_PAGE_SIZE))
            .getResultList();
    return new MatrixPage(subjects, visitsOf(subjects));
  }

  private List<StartedVisit> visitsOf(List<Subject> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.subject.subjectKey, e.eventOid, e.repeatKey, e.missed, f.formOid, f.status"
                    + " FROM StudyEventData e LEFT JOIN FormData f ON f.event = e"
                    + " WHERE e.subject.id IN :ids",
                Object[].class)
            .setParameter("ids", subjects.stream().map(Subject::id).toList())
            .getResultList();
    Map<List<Object>, Map<String, String>> visits = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Map<String, String> forms =
          visits.computeIfAbsent(
              List.of(row[0], row[1], row[2], row[3]), key -> new LinkedHashMap<>());
      if (row[4] != null) {
        forms.put((String) row[4], ((Enum<?>) row[5]).name());
      }
    }
    List<StartedVisit> started = new ArrayList<>();
    visits.forEach(
        (key, forms) ->
            started.add(
                new StartedVisit(
                    (String) key.get(0),
                    (String) key.get(1),
                    ((Number) key.get(2)).intValue(),
                    forms,
                    (Boolean) key.get(3))));
    return started;
  }

  /** The ORDER BY of a sort: fixed texts only, never anything the caller sent. */
  static String orderBy(SubjectSort sort) {
    String direction = sort.ascending() ? " ASC" : " DESC";
    return switch (sort.field()) {
      case KEY -> "s.subjectKey" + direction;
      case STATUS -> statusRank() + direction + ", s.subjectKey ASC";
      case REGISTERED -> "s.registeredAt" + direction + ", s.subjectKey ASC";
    };
  }

  /** The status as its place in the subject's course (screening first), not in the alphabet. */
  private static String statusRank() {
    StringBuilder rank = new StringBuilder("CASE s.status");
    for (SubjectStatus status : SubjectStatus.values()) {
      rank.append(" WHEN ")
          .append(SubjectStatus.class.getName())
          .append('.')
          .append(status.name())
          .append(" THEN ")
          .append(status.ordinal());
    }
    return rank.append(" ELSE ").append(SubjectStatus.values().length).append(" END").toString();
  }

  private Set<String> visibleSiteCodes() {
    return currentUser.access().clinicalSites(sites.all().stream().map(Site::code).toList());
  }

  private void requireStudy(String studyOid) {
    currentUser.account();
    if (studyOid == null || definitions.current(studyOid).isEmpty()) {
      throw new NotFoundException("No study " + studyOid);
    }
  }

  /** The WHERE clause of a filter with its parameters. */
  record Criteria(String studyOid, SubjectFilter filter, Set<String> sites) {

    static Criteria of(String studyOid, SubjectFilter filter, Set<String> visible) {
      Set<String> sites = new TreeSet<>(visible);
      filter.siteCode().ifPresent(site -> sites.retainAll(Set.of(site)));
      return new Criteria(studyOid, filter, sites);
    }

    String jpql() {
      StringBuilder where = new StringBuilder("s.studyOid = :study AND s.site.code IN :sites");
      if (!filter.keyFragment().isEmpty()) {
        where.append(" AND s.subjectKey LIKE :key");
      }
      filter.status().ifPresent(status -> where.append(" AND s.status = :status"));
      filter.diagnosis().ifPresent(diagnosis -> where.append(" AND s.diagnosis = :diagnosis"));
      return where.toString();
    }

    void bind(TypedQuery<?> query) {
      query.setParameter("study", studyOid).setParameter("sites", List.copyOf(sites));
      if (!filter.keyFragment().isEmpty()) {
        query.setParameter("key", "%" + filter.keyFragment() + "%");
      }
      filter.status().ifPresent(status -> query.setParameter("status", status));
      filter.diagnosis().ifPresent(diagnosis -> query.setParameter("diagnosis", diagnosis));
    }
  }
}
