/**
 * Monitoring use cases, each a transaction that checks the caller's roles at the subject's site and
 * writes its audit events with the change: form status moves and signatures ({@link
 * org.ecrf.monitoring.application.FormStatusService}; whole visits and casebooks: {@link
 * org.ecrf.monitoring.application.ScopeSignatures}), freezes and locks of a subject, site or study
 * ({@link org.ecrf.monitoring.application.ScopeLocks}), source data verification ({@link
 * org.ecrf.monitoring.application.SourceDataVerification}) and data queries ({@link
 * org.ecrf.monitoring.application.DataQueryService}); {@link
 * org.ecrf.monitoring.application.FormSavedObserver} reacts to every save of data entry and refuses
 * one into a locked scope.
 */
package org.ecrf.monitoring.application;
