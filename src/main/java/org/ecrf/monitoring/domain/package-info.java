/**
 * Monitoring as plain Java: which form status moves are allowed and who may make them ({@link
 * org.ecrf.monitoring.domain.FormLifecycle}), which items a form's SDV plan asks a monitor to
 * verify ({@link org.ecrf.monitoring.domain.SdvRequirement}), and the state machine of data queries
 * ({@link org.ecrf.monitoring.domain.QueryStatus}), which saves a subject, site or study lock holds
 * back ({@link org.ecrf.monitoring.domain.ScopeLockRules}) and when a whole visit or casebook may
 * be signed ({@link org.ecrf.monitoring.domain.ScopeSigning}). The entities beside them (SDV marks,
 * signatures, scope locks, queries and their messages) carry JPA annotations only.
 */
package org.ecrf.monitoring.domain;
