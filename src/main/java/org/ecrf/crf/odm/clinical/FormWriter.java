package org.ecrf.crf.odm.clinical;

import java.io.IOException;

/**
 * Writes one FormData element with its item groups and items in ODM 1.3.2 order, and forgets it:
 * nothing of a written form is kept.
 */
final class FormWriter {

  private final XmlOut out;
  private final ProvenanceWriter provenance;

  FormWriter(XmlOut out, ProvenanceWriter provenance) {
    this.out = out;
    this.provenance = provenance;
  }

  void write(FormSnapshot form) throws IOException {
    FormDataHeader header = form.header();
    String label = "FormData " + header.formOid() + "[" + header.repeatKey() + "]";
    provenance.checkTransactionType(header.transactionType(), label);
    out.start(
        "FormData",
        label,
        XmlOut.Attributes.none()
            .add("FormOID", header.formOid())
            .add("FormRepeatKey", header.repeatKey())
            .add("TransactionType", header.transactionType().map(TransactionType::odmName)));
    provenance.auditRecordAndSignature(header.provenance());
    provenance.annotations(header.provenance());
    for (ItemGroupData group : form.itemGroups()) {
      itemGroup(group);
    }
    out.end("FormData");
  }

  private void itemGroup(ItemGroupData group) throws IOException {
    String label = "ItemGroupData " + group.itemGroupOid() + "[" + group.repeatKey() + "]";
    provenance.checkTransactionType(group.transactionType(), label);
    out.start(
        "ItemGroupData",
        label,
        XmlOut.Attributes.none()
            .add("ItemGroupOID", group.itemGroupOid())
            .add("ItemGroupRepeatKey", group.repeatKey())
            .add("TransactionType", group.transactionType().map(TransactionType::odmName)));
    provenance.auditRecordAndSignature(group.provenance());
    provenance.annotations(group.provenance());
    for (ItemData item : group.items()) {
      item(item);
    }
    out.end("ItemGroupData");
  }

  private void item(ItemData item) throws IOException {
    String label = "ItemData " + item.itemOid();
    provenance.checkTransactionType(item.transactionType(), label);
    out.start(
        "ItemData",
        label,
        XmlOut.Attributes.none()
            .add("ItemOID", item.itemOid())
            .add("TransactionType", item.transactionType().map(TransactionType::odmName))
            .add("Value", item.value())
            .add("IsNull", item.isNull() ? "Yes" : null));
    provenance.auditRecordAndSignature(item.provenance());
    if (item.measurementUnitOid().isPresent()) {
      provenance.reference(
          "MeasurementUnitRef", "MeasurementUnitOID", item.measurementUnitOid().get());
    }
    provenance.annotations(item.provenance());
    out.end("ItemData");
  }
}
