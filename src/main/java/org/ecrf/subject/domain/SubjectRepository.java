package org.ecrf.subject.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The subjects of the studies. */
public interface SubjectRepository {

  Optional<Subject> byKey(String studyOid, String subjectKey);

  /**
   * The subject, locked for update until the end of the transaction (randomisation, status
   * changes).
   */
  Optional<Subject> byKeyForUpdate(String studyOid, String subjectKey);

  /** The subjects of a study at the given sites, by key. */
  List<Subject> atSites(String studyOid, Collection<String> siteCodes);

  /**
   * The next sequence number of a study at a site (1, 2, ...), taken under a row lock that lasts
   * until the end of the transaction: two registrations at the same site, on any server, never get
   * the same number.
   */
  int nextSequence(String studyOid, long siteId);

  void add(Subject subject);
}
