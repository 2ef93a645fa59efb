/**
 * Monitoring as plain Java: which form status moves are allowed and who may make them ({@link
 * org.ecrf.monitoring.domain.FormLifecycle}), which items a form's SDV plan asks a monitor to
 * verify ({@link org.ecrf.monitoring.domain.SdvRequirement}), and the state machine of data queries
 * ({@link org.ecrf.monitoring.domain.QueryStatus}). The entities beside them (SDV marks,
 * signatures, queries and their messages) carry JPA annotations only.
 */
package org.ecrf.monitoring.domain;
