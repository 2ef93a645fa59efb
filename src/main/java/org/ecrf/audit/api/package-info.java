/**
 * REST resources of the audit trail: the history of clinical data, and the chain's verification.
 */
package org.ecrf.audit.api;
