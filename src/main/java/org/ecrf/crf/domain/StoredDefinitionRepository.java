package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/** The stored study definition versions: add and read, never change. */
public interface StoredDefinitionRepository {

  List<StoredDefinition> all();

  /**
   * The versions stored after the one with {@code id} (another server instance may have added
   * them).
   */
  List<StoredDefinition> newerThan(long id);

  Optional<StoredDefinition> byVersion(String studyOid, String metaDataVersionOid);

  /** The id of the newest stored version, 0 when there is none. */
  long newestId();

  void add(StoredDefinition definition);
}
