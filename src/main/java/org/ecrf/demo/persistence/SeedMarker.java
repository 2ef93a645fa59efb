package org.ecrf.demo.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A row in {@code app_setting} claimed with {@code INSERT IGNORE}: exactly one transaction, on any
 * server instance, claims a given name; the others wait for it to commit and then see it taken.
 */
@ApplicationScoped
public class SeedMarker {

  @PersistenceContext private EntityManager em;

  public boolean isClaimed(String name) {
    return !em.createNativeQuery("SELECT 1 FROM app_setting WHERE name = ?")
        .setParameter(1, name)
        .getResultList()
        .isEmpty();
  }

  /** True when this transaction claimed the name (it did not exist before). */
  public boolean claim(String name, Instant now) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO app_setting (name, value, updated_at) VALUES (?, ?, ?)")
            .setParameter(1, name)
            .setParameter(2, "true")
            .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1;
  }
}
