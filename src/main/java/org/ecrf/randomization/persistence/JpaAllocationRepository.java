package org.ecrf.randomization.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecrf.randomization.domain.AllocationRepository;
import org.ecrf.randomization.domain.StoredAllocationList;
import org.ecrf.randomization.domain.StoredAllocationSlot;
import org.ecrf.subject.domain.Subject;

@ApplicationScoped
public class JpaAllocationRepository implements AllocationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<StoredAllocationList> listInForce(String studyOid) {
    return em.createNamedQuery("StoredAllocationList.inForce", StoredAllocationList.class)
        .setParameter("study", studyOid)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StoredAllocationList> lockListInForce(String studyOid) {
    return em.createNamedQuery("StoredAllocationList.inForce", StoredAllocationList.class)
        .setParameter("study", studyOid)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StoredAllocationSlot> nextFreeSlot(StoredAllocationList list, String stratumKey) {
    return em.createNamedQuery("StoredAllocationSlot.nextFree", StoredAllocationSlot.class)
        .setParameter("list", list)
        .setParameter("stratum", stratumKey)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StoredAllocationSlot> slotOf(Subject subject) {
    return em.createNamedQuery("StoredAllocationSlot.ofSubject", StoredAllocationSlot.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StoredAllocationSlot> slotOfForUpdate(Subject subject) {
    return em.createNamedQuery("StoredAllocationSlot.ofSubject", StoredAllocationSlot.class)
        .setParameter("subject", subject)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StoredAllocationSlot> slotsOf(StoredAllocationList list) {
    return em.createNamedQuery("StoredAllocationSlot.ofList", StoredAllocationSlot.class)
        .setParameter("list", list)
        .getResultList();
  }

  @Override
  public long usedSlots(StoredAllocationList list) {
    return em.createNamedQuery("StoredAllocationSlot.usedCount", Long.class)
        .setParameter("list", list)
        .getSingleResult();
  }

  @Override
  public void add(StoredAllocationList list) {
    em.persist(list);
  }

  @Override
  public void add(StoredAllocationSlot slot) {
    em.persist(slot);
  }
}
