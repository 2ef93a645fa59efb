package org.ecrf.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<UserAccount> all() {
    return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
  }

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> byUsernameForUpdate(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count() {
    return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
  }

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }
}
