/**
 * ODM 1.3.2 clinical data (ClinicalData: subjects, study events, forms, item groups, items with
 * their audit records, signatures and annotations) read and written as streams. {@link
 * org.ecrf.crf.odm.clinical.ClinicalDataReader} hands imported data over one form at a time and
 * says precisely why a form is refused; {@link org.ecrf.crf.odm.clinical.ClinicalDataWriter} writes
 * a subject's data or a whole study export in bounded memory. Like the rest of {@code crf.odm},
 * this is the only place that knows the XML; callers work with the plain records here.
 */
package org.ecrf.crf.odm.clinical;
