package org.ecrf.monitoring.domain;

import java.util.List;

/** Storage of scope locks. */
public interface ScopeLockRepository {

  /** The study's locks that no unlock has ended, oldest first. */
  List<ScopeLock> active(String studyOid);

  void add(ScopeLock lock);
}
