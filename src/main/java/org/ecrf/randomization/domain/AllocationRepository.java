package org.ecrf.randomization.domain;

import java.util.List;
import java.util.Optional;
import org.ecrf.subject.domain.Subject;

/** Stored randomisation lists and their slots. */
public interface AllocationRepository {

  Optional<StoredAllocationList> listInForce(String studyOid);

  /**
   * The list in force, locked until the end of the transaction: allocations of a study happen one
   * at a time.
   */
  Optional<StoredAllocationList> lockListInForce(String studyOid);

  /** The lowest unused slot of a stratum, if any, read under a row lock (as committed now). */
  Optional<StoredAllocationSlot> nextFreeSlot(StoredAllocationList list, String stratumKey);

  Optional<StoredAllocationSlot> slotOf(Subject subject);

  /**
   * The subject's slot, read as it is now under a row lock: inside an allocation, a plain read
   * could see the database as it was when the transaction began and miss an allocation committed
   * since by a concurrent request for the same subject.
   */
  Optional<StoredAllocationSlot> slotOfForUpdate(Subject subject);

  List<StoredAllocationSlot> slotsOf(StoredAllocationList list);

  long usedSlots(StoredAllocationList list);

  void add(StoredAllocationList list);

  void add(StoredAllocationSlot slot);
}
