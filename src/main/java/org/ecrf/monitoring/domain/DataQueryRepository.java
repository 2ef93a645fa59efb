package org.ecrf.monitoring.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecrf.subject.domain.Subject;

/** Storage of data queries and their messages. */
public interface DataQueryRepository {

  Optional<DataQuery> byId(long id);

  /** Every query of a subject, oldest first, with their messages. */
  List<DataQuery> ofSubject(Subject subject);

  /** Every query of the subjects, oldest first, with their messages. */
  List<DataQuery> ofSubjects(Collection<Subject> subjects);

  /** The queries the platform raised on the subject's visits (not on a form), oldest first. */
  List<DataQuery> automaticOnVisits(Subject subject);

  /** The open and answered queries on a form or its items, oldest first. */
  List<DataQuery> unresolvedOfForm(
      Subject subject, String eventOid, int eventRepeat, String formOid);

  void add(DataQuery query);

  /** Writes pending changes now: a new query gets its id, a concurrent change is detected. */
  void flush();
}
