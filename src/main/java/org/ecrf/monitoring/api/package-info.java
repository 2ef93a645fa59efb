/**
 * The monitoring API under {@code /api/v1/studies/{study}}: a form's status and its transitions,
 * source data verification, and data queries with their messages. Thin resources: the rules live in
 * {@code monitoring.application} and {@code monitoring.domain}; refusals come back as 403 (role),
 * 404 (not visible) or 409 (state, with the reason).
 */
package org.ecrf.monitoring.api;
