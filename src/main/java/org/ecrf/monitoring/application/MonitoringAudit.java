package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.monitoring.domain.QueryTarget;

/**
 * Writes monitoring's audit events about clinical data (a form, an item value, a query's target),
 * in the transaction of the change, with the actor, role, site and door of {@code who}.
 */
@ApplicationScoped
public class MonitoringAudit {

  @Inject private AuditTrail auditTrail;

  void record(
      AuditEntry who,
      AuditEventType type,
      ItemPath path,
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

  static ItemPath formPath(FormAddress address) {
    return ItemPath.form(
        address.studyOid(),
        address.subjectKey(),
        address.eventOid(),
        address.eventRepeat(),
        address.formOid());
  }

  static ItemPath itemPath(FormAddress address, org.ecrf.entry.domain.ItemPath item) {
    return formPath(address)
        .group(item.group().itemGroupOid(), item.group().repeatKey())
        .item(item.itemOid());
  }

  static ItemPath targetPath(String studyOid, String subjectKey, QueryTarget target) {
    return new ItemPath(
        studyOid,
        subjectKey,
        target.eventOid(),
        target.eventRepeat(),
        target.formOid(),
        target.itemGroupOid(),
        target.itemGroupRepeat(),
        target.itemOid());
  }
}
