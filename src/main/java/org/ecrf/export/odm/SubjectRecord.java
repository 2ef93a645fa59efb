package org.ecrf.export.odm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the export writes of one subject, read in a fixed number of queries and dropped when
 * the subject is written: visits, forms with values, the last change of each value, the valid form
 * signatures and the queries with their threads.
 *
 * @param subjectKey the subject
 * @param siteCode the subject's site
 * @param armCode the allocated arm; empty before randomisation (nothing blinded by arm then)
 * @param visits the visits
 * @param forms the forms with their current values
 * @param lastChanges the last change of each item value, at most one per item value
 * @param signatures the valid form signatures
 * @param queries the queries
 */
public record SubjectRecord(
    String subjectKey,
    String siteCode,
    Optional<String> armCode,
    List<VisitRecord> visits,
    List<FormRecord> forms,
    List<ItemChange> lastChanges,
    List<SignatureRecord> signatures,
    List<QueryRecord> queries) {

  public SubjectRecord {
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(armCode, "armCode");
    visits = List.copyOf(visits);
    forms = List.copyOf(forms);
    lastChanges = List.copyOf(lastChanges);
    signatures = List.copyOf(signatures);
    queries = List.copyOf(queries);
  }

  /** The study versions the subject's forms were entered under. */
  public List<String> metaDataVersions() {
    return forms.stream().map(FormRecord::metaDataVersionOid).distinct().sorted().toList();
  }
}
