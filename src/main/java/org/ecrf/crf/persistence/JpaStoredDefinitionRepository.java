package org.ecrf.crf.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.domain.StoredDefinitionRepository;

@ApplicationScoped
public class JpaStoredDefinitionRepository implements StoredDefinitionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<StoredDefinition> all() {
    return em.createNamedQuery("StoredDefinition.all", StoredDefinition.class).getResultList();
  }

  @Override
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
  public long newestId() {
    Long id = em.createNamedQuery("StoredDefinition.maxId", Long.class).getSingleResult();
    return id == null ? 0 : id;
  }

  @Override
  public void add(StoredDefinition definition) {
    em.persist(definition);
  }
}
