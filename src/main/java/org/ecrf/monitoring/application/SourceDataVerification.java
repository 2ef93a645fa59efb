package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.entry.domain.GroupInstance;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.FormLifecycle;
import org.ecrf.monitoring.domain.SdvMark;
import org.ecrf.monitoring.domain.SdvMarkRepository;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * Source data verification by a monitor of the subject's site: marks stored item values as verified
 * (named items, every row of each; or, with no items named, everything the SDV plan still asks
 * for), one SDV_VERIFIED audit event per value. When the last item the plan asks for is verified, a
 * complete form becomes verified. Frozen and locked forms take no marks. A whole visit or a whole
 * subject is verified at once form by form, each item value audited as for a single form.
 */
@ApplicationScoped
public class SourceDataVerification {

  private static final Set<Role> VERIFIERS = EnumSet.of(Role.MONITOR);

  @Inject private MonitoredForms forms;
  @Inject private MonitoringAccess access;
  @Inject private MonitoringAudit audit;
  @Inject private FormStatusService statuses;
  @Inject private SdvMarkRepository marks;
  @Inject private Clock clock;
  @Inject private SubjectService subjects;
  @Inject private ClinicalDataRepository data;
  @Inject private CrfDefinitionRegistry definitions;

  /**
   * Verifies items of a form.
   *
   * @param itemOids the items to verify (every stored row of each); empty for the whole form
   */
  @Transactional
  public FormMonitoringStatus verify(FormAddress address, List<String> itemOids) {
    MonitoredForm monitored = forms.load(address);
    requireMonitor(monitored.subject());
    verifyLoaded(monitored, itemOids);
    return statuses.view(forms.load(address));
  }

  /**
   * Verifies everything left to verify on the stored forms of one visit of a subject, form by form
   * as {@link #verify} does with no items named; frozen and locked forms are left out.
   */
  @Transactional
  public BulkVerification verifyVisit(
      String studyOid, String subjectKey, String eventOid, int eventRepeat) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    requireMonitor(subject);
    if (definitions.current(studyOid).flatMap(v -> v.definition().event(eventOid)).isEmpty()) {
      throw new NotFoundException("No visit " + eventOid + " in study " + studyOid);
    }
    return verifyAll(
        studyOid,
        subject,
        form ->
            form.event().eventOid().equals(eventOid) && form.event().repeatKey() == eventRepeat);
  }

  /**
   * Verifies everything left to verify on every stored form of a subject (see {@link
   * #verifyVisit}).
   */
  @Transactional
  public BulkVerification verifySubject(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    requireMonitor(subject);
    return verifyAll(studyOid, subject, form -> true);
  }

  private BulkVerification verifyAll(
      String studyOid, Subject subject, java.util.function.Predicate<FormData> chosen) {
    int formsVerified = 0;
    int items = 0;
    List<String> skipped = new ArrayList<>();
    for (FormData stored : data.formsOf(subject)) {
      if (!chosen.test(stored)) {
        continue;
      }
      FormAddress address =
          new FormAddress(
              studyOid,
              subject.subjectKey(),
              stored.event().eventOid(),
              stored.event().repeatKey(),
              stored.formOid());
      if (!stored.status().acceptsChanges()) {
        skipped.add(
            address.eventOid()
                + "/"
                + address.formOid()
                + " ("
                + FormLifecycle.label(stored.status())
                + ")");
        continue;
      }
      int verified = verifyLoaded(forms.load(address), List.of());
      if (verified > 0) {
        formsVerified++;
        items += verified;
      }
    }
    return new BulkVerification(formsVerified, items, skipped);
  }

  private void requireMonitor(Subject subject) {
    if (!access.rolesAt(subject).contains(Role.MONITOR)) {
      throw new AccessDeniedException("Only a monitor of the subject's site verifies source data");
    }
  }

  /** Marks the items of a loaded form; answers how many item values were marked. */
  private int verifyLoaded(MonitoredForm monitored, List<String> itemOids) {
    FormAddress address = monitored.address();
    FormData form = monitored.started();
    if (!form.status().acceptsChanges()) {
      throw new ConflictException(
          address.formOid()
              + " is "
              + FormLifecycle.label(form.status())
              + "; its source data verification takes no changes.");
    }
    Set<ItemPath> targets = new LinkedHashSet<>(targets(monitored, itemOids));
    monitored.marks().forEach(mark -> targets.remove(mark.item()));
    if (targets.isEmpty()) {
      return 0;
    }
    AuditEntry who = access.who(monitored.subject(), VERIFIERS);
    Instant now = clock.instant();
    List<SdvMark> all = new ArrayList<>(monitored.marks());
    for (ItemPath item : targets) {
      SdvMark mark = new SdvMark(form, item, who.actor(), now);
      marks.add(mark);
      all.add(mark);
      audit.record(
          who,
          AuditEventType.SDV_VERIFIED,
          MonitoringAudit.itemPath(address, item),
          null,
          valueOf(monitored, item),
          null);
    }
    marks.guardAgainstConcurrentSaves(form);
    MonitoredForm after =
        new MonitoredForm(
            address,
            monitored.subject(),
            monitored.session(),
            monitored.form(),
            monitored.sdvRequired(),
            all,
            monitored.unresolvedQueries(),
            monitored.signature());
    if (FormLifecycle.becomesVerified(after.facts())) {
      statuses.changeStatus(
          address, form, FormStatus.VERIFIED, who, "every item the SDV plan names is verified");
    }
    statuses.flush(address);
    return targets.size();
  }

  /** The stored item values to verify: the named items' rows, or what the plan still asks for. */
  private List<ItemPath> targets(MonitoredForm monitored, List<String> itemOids) {
    StudyDefinition definition = monitored.session().definition();
    if (itemOids.isEmpty()) {
      return monitored.sdvPending().stream()
          .filter(item -> access.sees(definition, monitored.subject(), item.itemOid()))
          .toList();
    }
    List<ItemPath> targets = new ArrayList<>();
    for (String itemOid : itemOids) {
      boolean onForm =
          definition.itemRefsOf(monitored.address().formOid()).stream()
              .anyMatch(ref -> ref.itemOid().equals(itemOid));
      if (!onForm || !access.sees(definition, monitored.subject(), itemOid)) {
        throw new InvalidInputException(
            "items", "The form " + monitored.address().formOid() + " has no item " + itemOid);
      }
      List<ItemPath> rows = storedRows(monitored, itemOid);
      if (rows.isEmpty()) {
        throw new ConflictException(
            itemOid + " has no stored value to verify on " + monitored.address().formOid());
      }
      targets.addAll(rows);
    }
    return targets;
  }

  private static List<ItemPath> storedRows(MonitoredForm monitored, String itemOid) {
    List<ItemPath> rows = new ArrayList<>();
    for (GroupInstance instance : monitored.session().stored().instances()) {
      instance
          .value(itemOid)
          .filter(value -> !value.isEmpty())
          .ifPresent(value -> rows.add(ItemPath.of(instance.key(), itemOid)));
    }
    return rows;
  }

  private static String valueOf(MonitoredForm monitored, ItemPath item) {
    return monitored
        .session()
        .stored()
        .value(item.group(), item.itemOid())
        .map(
            value ->
                value
                    .unitOid()
                    .map(unit -> value.stripped() + " [" + unit + "]")
                    .orElse(value.stripped()))
        .orElse(null);
  }
}
