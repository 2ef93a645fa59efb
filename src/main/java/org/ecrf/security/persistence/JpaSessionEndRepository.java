package org.ecrf.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ecrf.security.domain.SessionEndRepository;

@ApplicationScoped
public class JpaSessionEndRepository implements SessionEndRepository {

  @PersistenceContext private EntityManager em;

  /** The primary key decides: a second instance's insert is ignored (no row). */
  @Override
  public boolean claim(String sessionHash, Instant endedAt) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO session_end (session_hash, ended_at) VALUES (?, ?)")
            .setParameter(1, sessionHash)
            .setParameter(2, LocalDateTime.ofInstant(endedAt, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }
}
