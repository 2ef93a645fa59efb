package org.ecrf.monitoring.domain;

import java.util.List;

/** Storage of scope locks. */
public interface ScopeLockRepository {

  /** The study's locks that no unlock has ended, oldest first. */
  List<ScopeLock> active(String studyOid);

  /**
   * The study's active locks, read for a save: holding a shared lock on them until the save's
   * transaction ends, so that a lock being taken waits for the save and a save waits for a lock
   * being taken (a form first saved at the moment its subject is locked is not let through).
   */
  List<ScopeLock> activeForSave(String studyOid);

  void add(ScopeLock lock);
}
