/**
 * Data entry as plain Java: what a form holds as typed ({@link org.ecrf.entry.domain.FormValues}),
 * the one validation engine that reads it against the study definition ({@link
 * org.ecrf.entry.domain.FormEvaluator}: data types, code lists, units, range checks, skip logic,
 * derived items) and the changes a save stores ({@link org.ecrf.entry.domain.ChangeSet}). The live
 * page, the authoritative save and every import run the same engine, so the same input always gives
 * the same messages.
 */
package org.ecrf.entry.domain;
