package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * One form of an imported ODM file, read completely and without fault, with everything that locates
 * it: the unit the reader hands over, so that an import can store or refuse it as a whole. The
 * records hold exactly what the file says; the audit record that applies to a level is resolved by
 * the {@code auditRecordFor} methods.
 *
 * @param fileType whether the file is a Snapshot or Transactional (which decides what a missing
 *     transaction type means)
 * @param clinicalData the study and MetaDataVersion
 * @param subject the subject, without its study events
 * @param studyEvent the study event, without its forms
 * @param form the form, without its item groups
 * @param itemGroups the form's item groups with their items, in file order
 */
public record FormDataSubmission(
    FileType fileType,
    ClinicalDataHeader clinicalData,
    SubjectDataHeader subject,
    StudyEventDataHeader studyEvent,
    FormDataHeader form,
    List<ItemGroupData> itemGroups) {

  public FormDataSubmission {
    Require.present(fileType, "fileType");
    Require.present(clinicalData, "clinicalData");
    Require.present(subject, "subject");
    Require.present(studyEvent, "studyEvent");
    Require.present(form, "form");
    itemGroups = Require.list(itemGroups, "itemGroups");
  }

  /** The keys that locate the form. */
  public FormKey key() {
    return new FormKey(
        clinicalData.studyOid(),
        subject.subjectKey(),
        studyEvent.studyEventOid(),
        studyEvent.repeatKey(),
        form.formOid(),
        form.repeatKey());
  }

  /**
   * The audit record that applies to the form: its own, else the study event's, else the subject's
   * (ODM 1.3.2 specification: an AuditRecord applies to the element containing it and to that
   * element's content).
   */
  public Optional<AuditRecordData> auditRecordForForm() {
    return form.provenance()
        .auditRecord()
        .or(() -> studyEvent.provenance().auditRecord())
        .or(() -> subject.provenance().auditRecord());
  }

  /** The audit record that applies to an item group of this form: its own, else the form's. */
  public Optional<AuditRecordData> auditRecordFor(ItemGroupData itemGroup) {
    return itemGroup.provenance().auditRecord().or(this::auditRecordForForm);
  }

  /**
   * The audit record that applies to an item of this form: its own, else the nearest enclosing one
   * (item group, form, study event, subject).
   */
  public Optional<AuditRecordData> auditRecordFor(ItemGroupData itemGroup, ItemData item) {
    return item.provenance().auditRecord().or(() -> auditRecordFor(itemGroup));
  }

  /** How many items the form carries. */
  public int itemCount() {
    return itemGroups.stream().mapToInt(group -> group.items().size()).sum();
  }
}
