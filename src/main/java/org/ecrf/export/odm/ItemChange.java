package org.ecrf.export.odm;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last entry or change of an item value in the audit trail (ITEM_VALUE_ENTERED or
 * ITEM_VALUE_CHANGED): who, in which role and at which site, when and why.
 *
 * @param key the item value it is about
 * @param auditEventId the audit event's id, which points into the full audit trail
 * @param actor the login name of who made it ({@code system} for derivations)
 * @param actorRole the role they acted in, when recorded
 * @param siteCode the site they acted at, when recorded
 * @param occurredAt when
 * @param reason the reason for change, when given
 */
public record ItemChange(
    ItemKey key,
    long auditEventId,
    String actor,
    Optional<String> actorRole,
    Optional<String> siteCode,
    Instant occurredAt,
    Optional<String> reason) {

  public ItemChange {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(reason, "reason");
  }
}
