package org.ecrf.site.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Site> all() {
    return em.createNamedQuery("Site.all", Site.class).getResultList();
  }

  @Override
  public Optional<Site> byCode(String code) {
    return em.createNamedQuery("Site.byCode", Site.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Site site) {
    em.persist(site);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
