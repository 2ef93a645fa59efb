/**
 * The audit trail services: recording events in the caller's transaction (so that a change and its
 * audit commit together), verifying the hash chain, and reading the history of clinical data for
 * the subjects a reader may see, with blinded values left out.
 */
package org.ecrf.audit.application;
