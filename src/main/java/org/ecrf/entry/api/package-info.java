/**
 * The clinical data API: ODM 1.3.2 ClinicalData imported per form ({@code POST
 * /api/v1/studies/{study}/clinicaldata}, also the door for central laboratory files) and a
 * subject's data exported as ODM ({@code GET .../subjects/{subjectKey}/clinicaldata}). Thin
 * resources: the rules live in {@code entry.application}.
 */
package org.ecrf.entry.api;
