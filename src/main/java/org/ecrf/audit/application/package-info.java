/**
 * The audit trail service: records events in the caller's transaction, so that a change and its
 * audit commit together.
 */
package org.ecrf.audit.application;
