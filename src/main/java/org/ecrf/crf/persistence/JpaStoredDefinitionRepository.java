package org.ecrf.crf.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.domain.StoredDefinitionRepository;

/**
 * Stored study definitions. The reads the definition registry makes to notice new versions take a
 * transaction of their own when called outside one: the registry is also read by background work
 * (sponsor exports), where the container has no entity manager without a transaction.
 */
@ApplicationScoped
public class JpaStoredDefinitionRepository implements StoredDefinitionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<StoredDefinition> all() {
    return em.createNamedQuery("StoredDefinition.all", StoredDefinition.class).getResultList();
  }

  @Override
  @Transactional
  public List<StoredDefinition> newerThan(long id) {
    return em.createNamedQuery("StoredDefinition.newerThan", StoredDefinition.class)
        .setParameter("id", id)
        .getResultList();
  }

  @Override
  public Optional<StoredDefinition> byVersion(String studyOid, String metaDataVersionOid) {
    return em.createNamedQuery("StoredDefinition.byVersion", StoredDefinition.class)
        .setParameter("study", studyOid)
        .setParameter("version", metaDataVersionOid)
        .getResultStream()
        .findFirst();
  }

  @Override
  @Transactional
  public long newestId() {
    Long id = em.createNamedQuery("StoredDefinition.maxId", Long.class).getSingleResult();
    return id == null ? 0 : id;
  }

  @Override
  public void add(StoredDefinition definition) {
    em.persist(definition);
  }
}
