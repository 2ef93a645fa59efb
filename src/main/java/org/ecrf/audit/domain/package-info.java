/**
 * The audit trail's events: who did what, when (UTC), where (site), to what, old and new value, and
 * why. Events are append-only and hash-chained ({@link org.ecrf.audit.domain.AuditHashChain}): each
 * stores its predecessor's hash and its own, so that a row changed or removed behind the
 * application's back is found by verification.
 */
package org.ecrf.audit.domain;
