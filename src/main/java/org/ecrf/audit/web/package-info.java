/**
 * The audit trail page ({@code audit/history.xhtml}): the history of a study, subject, visit, form,
 * item group or item, filterable by user and period, a lazily loaded page of events at a time, in
 * the reader's language and with each event's UTC and site time.
 */
package org.ecrf.audit.web;
