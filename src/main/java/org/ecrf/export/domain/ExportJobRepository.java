package org.ecrf.export.domain;

import java.util.List;
import java.util.Optional;

/** The exports asked for. */
public interface ExportJobRepository {

  void add(ExportJob job);

  Optional<ExportJob> byId(long id);

  /** The study's most recent exports first, at most {@code limit}. */
  List<ExportJob> recentOf(String studyOid, int limit);

  /** Exports left QUEUED or RUNNING (by a server that stopped while they ran). */
  List<ExportJob> unfinished();
}
