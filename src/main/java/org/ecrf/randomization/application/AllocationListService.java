package org.ecrf.randomization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.randomization.domain.AllocationListCsv;
import org.ecrf.randomization.domain.AllocationRepository;
import org.ecrf.randomization.domain.AllocationSeed;
import org.ecrf.randomization.domain.BlockListGenerator;
import org.ecrf.randomization.domain.ListUpload;
import org.ecrf.randomization.domain.RandomizationConfiguration;
import org.ecrf.randomization.domain.StoredAllocationList;
import org.ecrf.randomization.domain.StoredAllocationSlot;
import org.ecrf.randomization.domain.StratifiedBlockList;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;

/**
 * The randomisation list of a study, for the sponsor's statistician only: generate it from a secret
 * seed (the same seed, configuration and size give the same list; the seed is not stored), upload
 * one, read it. The list is never shown to site roles, monitors or data managers; its creation is
 * audited by fingerprint, never by content. A list from which subjects were allocated is never
 * replaced.
 */
@ApplicationScoped
public class AllocationListService {

  @Inject private AllocationRepository allocations;
  @Inject private SiteRepository sites;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  /** Generates and puts in force a list; a blank seed means a random one. */
  @Transactional
  public ListSummary generate(String studyOid, String seed, int slotsPerStratum) {
    currentUser.requireAnyRole(Role.SPONSOR);
    return store(
        studyOid,
        generated(studyOid, seed, slotsPerStratum),
        currentUser.account().username(),
        currentUser.source());
  }

  /** Checks an uploaded list (CSV) against the study's configuration and puts it in force. */
  @Transactional
  public ListSummary upload(String studyOid, String csv) {
    currentUser.requireAnyRole(Role.SPONSOR);
    ListUpload upload = AllocationListCsv.read(configuration(studyOid), csv == null ? "" : csv);
    StratifiedBlockList list =
        upload.list().orElseThrow(() -> new ListRejectedException(upload.problems()));
    return store(studyOid, list, currentUser.account().username(), currentUser.source());
  }

  /**
   * A list for demo mode, generated at first start from a random seed, so that randomisation works
   * at once.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ListSummary generateForDemo(String studyOid, int slotsPerStratum) {
    return store(
        studyOid,
        generated(studyOid, "", slotsPerStratum),
        AuditEntry.SYSTEM_ACTOR,
        AuditSource.SYSTEM);
  }

  public Optional<ListSummary> summary(String studyOid) {
    currentUser.requireAnyRole(Role.SPONSOR);
    return allocations
        .listInForce(studyOid)
        .map(list -> ListSummary.of(list, allocations.usedSlots(list)));
  }

  /** The list in force as CSV, with the subject allocated by each used slot. */
  public String csv(String studyOid) {
    currentUser.requireAnyRole(Role.SPONSOR);
    StoredAllocationList list =
        allocations
            .listInForce(studyOid)
            .orElseThrow(() -> new NotFoundException("No list in force for " + studyOid));
    List<StoredAllocationSlot> slots = allocations.slotsOf(list);
    return AllocationListCsv.write(
        StratifiedBlockList.of(
            configuration(studyOid),
            list.source(),
            slots.stream().map(StoredAllocationSlot::slot).toList()));
  }

  private StratifiedBlockList generated(String studyOid, String seed, int slotsPerStratum) {
    if (slotsPerStratum < 1 || slotsPerStratum > BlockListGenerator.MAXIMUM_SLOTS_PER_STRATUM) {
      throw new InvalidInputException(
          "placesPerStratum",
          "Places per stratum are 1 to " + BlockListGenerator.MAXIMUM_SLOTS_PER_STRATUM);
    }
    return new BlockListGenerator(configuration(studyOid)).generate(seedOf(seed), slotsPerStratum);
  }

  private ListSummary store(
      String studyOid, StratifiedBlockList list, String actor, AuditSource source) {
    Optional<StoredAllocationList> inForce = allocations.lockListInForce(studyOid);
    if (inForce.isPresent()) {
      long used = allocations.usedSlots(inForce.get());
      if (used > 0) {
        throw new ConflictException(
            used
                + " subject(s) were allocated from the list in force; a list in use is never replaced");
      }
      inForce.get().retire();
    }
    StoredAllocationList stored = new StoredAllocationList(studyOid, list, actor, clock.instant());
    allocations.add(stored);
    list.slots().forEach(slot -> allocations.add(new StoredAllocationSlot(stored, slot)));
    auditTrail.record(
        AuditEntry.of(
                AuditEventType.ALLOCATION_LIST_CREATED,
                actor,
                source,
                "allocation-list:" + studyOid)
            .withValues(
                null,
                list.source()
                    + ", "
                    + list.slots().size()
                    + " places, sha256 "
                    + list.fingerprint()));
    return ListSummary.of(stored, 0);
  }

  private RandomizationConfiguration configuration(String studyOid) {
    return StudyRandomisation.configuration(
        definitions
            .current(studyOid)
            .orElseThrow(() -> new NotFoundException("No study " + studyOid))
            .definition(),
        sites.all().stream().filter(Site::isActive).map(Site::code).toList());
  }

  private static AllocationSeed seedOf(String seed) {
    if (seed == null || seed.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return AllocationSeed.ofBytes(random);
    }
    try {
      return AllocationSeed.ofBytes(seed.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("seed", e.getMessage());
    }
  }
}
