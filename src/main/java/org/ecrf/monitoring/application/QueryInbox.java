package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.monitoring.domain.QueryAge;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * The queries a caller may see across the study, with where they are in words and how old they are:
 * a site's staff see their site's queries, monitors those of their sites, data managers and
 * sponsors all; a query on an item the caller is blinded to is left out, as everywhere.
 */
@ApplicationScoped
public class QueryInbox {

  @Inject private SubjectService subjects;
  @Inject private DataQueryRepository queries;
  @Inject private DataQueryService dataQueries;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private Clock clock;

  /** Every visible query of the study, oldest first; names in {@code locale}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<InboxEntry> entries(String studyOid, Locale locale) {
    StudyDefinition definition =
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid))
            .definition();
    Instant now = clock.instant();
    List<InboxEntry> entries = new ArrayList<>();
    for (DataQuery query : queries.ofSubjects(subjects.visibleSubjects(studyOid))) {
      Subject subject = query.subject();
      for (QueryView view : dataQueries.visible(studyOid, subject, List.of(query))) {
        entries.add(
            new InboxEntry(
                view,
                subject.site().code(),
                definition.event(view.event()).map(e -> e.name()).orElse(view.event()),
                view.form() == null
                    ? null
                    : definition.form(view.form()).map(f -> f.name()).orElse(view.form()),
                view.item() == null ? null : FormReviews.label(definition, view.item(), locale),
                QueryAge.days(view.raisedAt(), now)));
      }
    }
    return entries;
  }

  /**
   * A query with its place and age.
   *
   * @param query the query and its thread
   * @param site the subject's site
   * @param visitName the visit's name
   * @param formName the form's name, or {@code null} for a query on the visit
   * @param itemLabel the item's question, or {@code null} for a query on the form or visit
   * @param ageDays whole days since it was raised
   */
  public record InboxEntry(
      QueryView query,
      String site,
      String visitName,
      String formName,
      String itemLabel,
      long ageDays)
      implements Serializable {

    public boolean unresolved() {
      return !"CLOSED".equals(query.status());
    }

    /** The age band of an unresolved query: UNDER_7_DAYS, DAYS_7_TO_30 or OVER_30_DAYS. */
    public String ageBand() {
      return QueryAge.of(ageDays).name();
    }

    /** The latest message of the thread. */
    public QueryView.Message lastMessage() {
      return query.messages().get(query.messages().size() - 1);
    }
  }
}
