package org.ecrf.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ecrf.entry.domain.FormData;
import org.ecrf.monitoring.domain.FormSignature;
import org.ecrf.monitoring.domain.FormSignatureRepository;

@ApplicationScoped
public class JpaFormSignatureRepository implements FormSignatureRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<FormSignature> validSignature(FormData form) {
    return em.createNamedQuery("FormSignature.valid", FormSignature.class)
        .setParameter("form", form)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<FormSignature> latestSignature(FormData form) {
    return em.createNamedQuery("FormSignature.ofForm", FormSignature.class)
        .setParameter("form", form)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(FormSignature signature) {
    em.persist(signature);
  }
}
