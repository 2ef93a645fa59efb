/**
 * The study's ODM 1.3.2 export as plain mapping code: a subject's stored data, last changes,
 * signatures and queries (read by {@code export.application.OdmStudyExport}) become the writer's
 * SubjectData, with the reader's blinding and the export's date range applied and every difference
 * between what was read and what was written counted for the reconciliation.
 */
package org.ecrf.export.odm;
