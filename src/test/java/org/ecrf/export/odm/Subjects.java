package org.ecrf.export.odm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.export.odm.FormRecord.GroupRecord;
import org.ecrf.export.odm.FormRecord.ValueRecord;

/** Builds the subjects of the export's tests: TOPIT forms at week 6 and week 14. */
final class Subjects {

  static final VisitRecord WEEK6 =
      new VisitRecord("SE.WEEK6", 1, Optional.of(LocalDate.parse("2026-03-10")));
  static final VisitRecord WEEK14 =
      new VisitRecord("SE.WEEK14", 1, Optional.of(LocalDate.parse("2026-05-05")));
  static final Instant AT = Instant.parse("2026-03-10T09:30:00Z");

  private final String key;
  private final Optional<String> arm;
  private final List<VisitRecord> visits = new ArrayList<>();
  private final List<FormRecord> forms = new ArrayList<>();
  private final List<ItemChange> changes = new ArrayList<>();
  private final List<SignatureRecord> signatures = new ArrayList<>();
  private final List<QueryRecord> queries = new ArrayList<>();

  private Subjects(String key, Optional<String> arm) {
    this.key = key;
    this.arm = arm;
  }

  static Subjects child(String arm) {
    return new Subjects("BER-0001", arm.isEmpty() ? Optional.empty() : Optional.of(arm));
  }

  /** F.LAB at the visit: the sample date, then ESR, CRP (mg/L) and albumin given in that order. */
  Subjects lab(VisitRecord visit, String mdv) {
    visit(visit);
    forms.add(
        new FormRecord(
            visit,
            "F.LAB",
            mdv,
            List.of(
                group(
                    "IG.LB_INFLAMMATION", value("I.LB_ALB", "40"), crp(), value("I.LB_ESR", "20")),
                group(
                    "IG.LB_SAMPLE",
                    value("I.LB_DATE", visit.visitDate().orElseThrow().toString())))));
    return this;
  }

  /** F.TROUGH at week 14: the blinded trough result (BLQ flag and level). */
  Subjects trough(String level) {
    visit(WEEK14);
    forms.add(
        new FormRecord(
            WEEK14,
            "F.TROUGH",
            "MDV.1",
            List.of(
                group(
                    "IG.TROUGH_RESULT",
                    value("I.TROUGH_IFX_BLQ", "N"),
                    value("I.TROUGH_IFX", level)),
                group("IG.TROUGH_SAMPLE", value("I.TROUGH_DATE", "2026-05-05")))));
    return this;
  }

  Subjects changed(ItemKey item, long id, String actor, String role, String reason) {
    changes.add(
        new ItemChange(
            item,
            id,
            actor,
            Optional.of(role),
            Optional.of("BER"),
            AT,
            reason.isEmpty() ? Optional.empty() : Optional.of(reason)));
    return this;
  }

  Subjects signed(VisitRecord visit, String form) {
    signatures.add(
        new SignatureRecord(
            visit.eventOid(), 1, form, "inv.ber", "I confirm the data are accurate", AT));
    return this;
  }

  Subjects query(long id, VisitRecord visit, String form, ItemKey item) {
    queries.add(
        new QueryRecord(
            id,
            visit.eventOid(),
            1,
            Optional.ofNullable(form),
            Optional.ofNullable(item),
            "OPEN",
            false,
            List.of(
                new QueryRecord.Message(
                    AT, "mon.ber", Optional.of("MONITOR"), "Please check", "OPEN"))));
    return this;
  }

  SubjectRecord build() {
    return new SubjectRecord(key, "BER", arm, visits, forms, changes, signatures, queries);
  }

  static ItemKey labItem(VisitRecord visit, String itemOid) {
    String group = itemOid.equals("I.LB_DATE") ? "IG.LB_SAMPLE" : "IG.LB_INFLAMMATION";
    return new ItemKey(visit.eventOid(), 1, "F.LAB", group, 1, itemOid);
  }

  static ItemKey troughItem(String itemOid) {
    return new ItemKey("SE.WEEK14", 1, "F.TROUGH", "IG.TROUGH_RESULT", 1, itemOid);
  }

  private void visit(VisitRecord visit) {
    if (!visits.contains(visit)) {
      visits.add(visit);
    }
  }

  private static ValueRecord crp() {
    return new ValueRecord("I.LB_CRP", "12.5", Optional.of("MU.MG_L"));
  }

  private static ValueRecord value(String itemOid, String value) {
    return new ValueRecord(itemOid, value, Optional.empty());
  }

  private static GroupRecord group(String oid, ValueRecord... values) {
    return new GroupRecord(oid, 1, List.of(values));
  }
}
