package org.ecrf.entry.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.entry.domain.ChangeCause;
import org.ecrf.entry.domain.ChangeSet;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.GroupChange;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.ItemData;
import org.ecrf.entry.domain.ItemEvaluation;
import org.ecrf.entry.domain.ItemGroupData;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.entry.domain.ItemStatus;
import org.ecrf.entry.domain.ItemValue;
import org.ecrf.entry.domain.StoredValue;
import org.ecrf.entry.domain.StudyEventData;

/**
 * Writes one save's change set into a form and records an audit event for every change, with the
 * item's full path, the old and new value, and the reason: the user's reason for changed saved
 * values, the cause for the platform's own changes (a derived value recomputed, a value no longer
 * collected).
 */
final class FormChanges {

  private final AuditTrail auditTrail;
  private final AuditEntry who;
  private final org.ecrf.audit.domain.ItemPath formPath;
  private final Instant now;
  private final List<ItemPath> confirmedWarnings = new ArrayList<>();

  FormChanges(
      AuditTrail auditTrail, AuditEntry who, org.ecrf.audit.domain.ItemPath formPath, Instant now) {
    this.auditTrail = auditTrail;
    this.who = who;
    this.formPath = formPath;
    this.now = now;
  }

  void apply(FormData form, ChangeSet changes, FormEvaluation evaluation, String reason) {
    for (GroupChange change : changes.groupChanges()) {
      applyGroup(form, change, reason);
    }
    Map<ItemPath, ItemValue> values = evaluation.valuesToStore();
    for (ItemChange change : changes.itemChanges()) {
      applyItem(form, change, values, evaluation, reason);
    }
  }

  private void applyGroup(FormData form, GroupChange change, String reason) {
    ItemGroupKey key = change.key();
    switch (change.type()) {
      case INSERT -> {
        if (form.group(key.itemGroupOid(), key.repeatKey()).isEmpty()) {
          form.addGroup(key.itemGroupOid(), key.repeatKey());
        }
        record(AuditEventType.ITEM_GROUP_ADDED, groupPath(key), null, null, null);
      }
      case REMOVE -> {
        form.group(key.itemGroupOid(), key.repeatKey())
            .ifPresent(group -> group.markRemoved(who.actor(), now, reason));
        record(AuditEventType.ITEM_GROUP_REMOVED, groupPath(key), null, null, reason);
      }
      case UPDATE -> throw new IllegalStateException("A group is added or removed, never updated");
    }
  }

  private void applyItem(
      FormData form,
      ItemChange change,
      Map<ItemPath, ItemValue> values,
      FormEvaluation evaluation,
      String reason) {
    ItemPath path = change.path();
    ItemGroupData group =
        form.group(path.group().itemGroupOid(), path.group().repeatKey())
            .orElseGet(() -> form.addGroup(path.group().itemGroupOid(), path.group().repeatKey()));
    String before = change.before().map(FormChanges::describe).orElse(null);
    String after = change.after().map(FormChanges::describe).orElse(null);
    if (change.type() == org.ecrf.entry.domain.ChangeType.REMOVE) {
      group.item(path.itemOid()).ifPresent(group::removeItem);
      record(
          AuditEventType.ITEM_VALUE_REMOVED,
          itemPath(path),
          before,
          null,
          reasonFor(change, reason));
      return;
    }
    ItemValue value = values.get(path);
    boolean confirmed =
        evaluation
            .item(path)
            .map(ItemEvaluation::entered)
            .map(e -> e.warningConfirmed())
            .orElse(false);
    boolean wasConfirmed = group.item(path.itemOid()).map(ItemData::warningConfirmed).orElse(false);
    ItemData item = group.item(path.itemOid()).orElseGet(() -> group.addItem(path.itemOid()));
    item.store(value, change.derived(), confirmed && !change.derived(), who.actor(), now);
    AuditEventType type =
        change.type() == org.ecrf.entry.domain.ChangeType.INSERT
            ? AuditEventType.ITEM_VALUE_ENTERED
            : AuditEventType.ITEM_VALUE_CHANGED;
    record(type, itemPath(path), before, after, reasonFor(change, reason));
    if (confirmed && !wasConfirmed && hasWarning(evaluation, path)) {
      confirmedWarnings.add(path);
      record(
          AuditEventType.WARNING_CONFIRMED,
          itemPath(path),
          null,
          after,
          warningText(evaluation, path));
    }
  }

  /**
   * Values unchanged but a warning newly confirmed: recorded too, since a confirmation is a
   * statement.
   */
  void recordConfirmations(FormData form, FormEvaluation evaluation) {
    for (ItemEvaluation item : evaluation.items()) {
      if (item.status() != ItemStatus.ENTERED
          || !item.entered().warningConfirmed()
          || !hasWarning(evaluation, item.path())) {
        continue;
      }
      Optional<ItemData> stored =
          form.group(item.path().group().itemGroupOid(), item.path().group().repeatKey())
              .flatMap(group -> group.item(item.itemOid()));
      if (stored.isPresent()
          && !stored.get().warningConfirmed()
          && stored.get().valueText().equals(item.entered().stripped())) {
        stored.get().store(item.value().orElseThrow(), false, true, who.actor(), now);
        confirmedWarnings.add(item.path());
        record(
            AuditEventType.WARNING_CONFIRMED,
            itemPath(item.path()),
            null,
            stored.get().valueText(),
            warningText(evaluation, item.path()));
      }
    }
  }

  /** The items whose soft-check warning this save confirmed (each recorded WARNING_CONFIRMED). */
  List<ItemPath> confirmedWarnings() {
    return List.copyOf(confirmedWarnings);
  }

  private static boolean hasWarning(FormEvaluation evaluation, ItemPath path) {
    return evaluation.warnings().stream().anyMatch(message -> message.path().equals(path));
  }

  private static String warningText(FormEvaluation evaluation, ItemPath path) {
    return evaluation.warnings().stream()
        .filter(message -> message.path().equals(path))
        .map(message -> message.text(java.util.Locale.ENGLISH))
        .findFirst()
        .map(text -> "warning confirmed: " + text)
        .orElse("warning confirmed");
  }

  private static String reasonFor(ItemChange change, String reason) {
    if (change.derived()) {
      return "derived by the platform from the changed inputs";
    }
    if (change.cause() == ChangeCause.HIDDEN) {
      return joined(reason, "no longer collected (skip logic)");
    }
    return change.reasonRequired() ? reason : null;
  }

  private static String joined(String reason, String cause) {
    return reason == null || reason.isBlank() ? cause : reason + " (" + cause + ")";
  }

  private static String describe(StoredValue value) {
    return value.unitOid().map(unit -> value.text() + " [" + unit + "]").orElse(value.text());
  }

  private org.ecrf.audit.domain.ItemPath groupPath(ItemGroupKey key) {
    return formPath.group(key.itemGroupOid(), key.repeatKey());
  }

  private org.ecrf.audit.domain.ItemPath itemPath(ItemPath path) {
    return groupPath(path.group()).item(path.itemOid());
  }

  /**
   * Sets the visit's date with the save (audited as VISIT_DATE_SET); nothing for the same date.
   *
   * @return whether the date changed
   */
  boolean setVisitDate(StudyEventData event, LocalDate date) {
    Optional<LocalDate> before = event.visitDate();
    if (before.isPresent() && before.get().equals(date)) {
      return false;
    }
    event.setVisitDate(date);
    org.ecrf.audit.domain.ItemPath visit =
        new org.ecrf.audit.domain.ItemPath(
            formPath.studyOid(),
            formPath.subjectKey(),
            formPath.eventOid(),
            formPath.eventRepeat(),
            null,
            null,
            null,
            null);
    record(
        AuditEventType.VISIT_DATE_SET,
        visit,
        before.map(Object::toString).orElse(null),
        date.toString(),
        null);
    return true;
  }

  private void record(
      AuditEventType type,
      org.ecrf.audit.domain.ItemPath path,
      String oldValue,
      String newValue,
      String reason) {
    auditTrail.record(
        new AuditEntry(
            type,
            who.actor(),
            who.actorRole(),
            who.siteCode(),
            who.source(),
            path.toString(),
            oldValue,
            newValue,
            reason,
            path));
  }

  static AuditEntry who(String actor, String role, String siteCode, AuditSource source) {
    return new AuditEntry(
        AuditEventType.FORM_STARTED, actor, role, siteCode, source, null, null, null, null, null);
  }
}
