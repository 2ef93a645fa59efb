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
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.FormAddress;
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

/**
 * Source data verification by a monitor of the subject's site: marks stored item values as verified
 * (named items, every row of each; or, with no items named, everything the SDV plan still asks
 * for), one SDV_VERIFIED audit event per value. When the last item the plan asks for is verified, a
 * complete form becomes verified. Frozen and locked forms take no marks.
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

  /**
   * Verifies items of a form.
   *
   * @param itemOids the items to verify (every stored row of each); empty for the whole form
   */
  @Transactional
  public FormMonitoringStatus verify(FormAddress address, List<String> itemOids) {
    MonitoredForm monitored = forms.load(address);
    if (!access.rolesAt(monitored.subject()).contains(Role.MONITOR)) {
      throw new AccessDeniedException("Only a monitor of the subject's site verifies source data");
    }
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
      return FormStatusViews.of(monitored, access);
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
    return FormStatusViews.of(forms.load(address), access);
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
