package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.EventType;
import org.ecrf.crf.domain.StudyEventDef;

/**
 * SV records, one per visit that took place (SVOCCUR = Y, SVSTDTC = SVENDTC = the visit date) and,
 * when {@link SdtmSettings#includeMissedVisits()}, per scheduled visit marked missed (SVOCCUR = N,
 * SVREASOC = the reason given), as SDTMIG 3.4 allows. SVPRESP = Y for scheduled events (their
 * occurrence is asked); unscheduled visits carry neither. Running logs (Common events) and visits
 * with neither date nor missed mark are no visits and write nothing. Ordered by VISITNUM.
 */
final class VisitRecords {

  private final SdtmStudyMap map;
  private final ValueText text;

  VisitRecords(SdtmStudyMap map, ValueText text) {
    this.map = map;
    this.text = text;
  }

  List<SdtmRecord> records(Casebook subject) {
    List<SdtmRecord> records = new ArrayList<>();
    for (Casebook.Visit visit : subject.visits()) {
      Optional<StudyEventDef> event = map.definition().event(visit.eventOid());
      if (event.isEmpty() || event.get().type() == EventType.COMMON) {
        continue;
      }
      boolean scheduled = event.get().type() == EventType.SCHEDULED;
      SdtmRecord record =
          new SdtmRecord("SV")
              .put("DOMAIN", "SV")
              .put("VISITNUM", map.visitNumber(visit.eventOid(), visit.repeatKey()).orElse(null))
              .put("VISIT", map.visitName(visit.eventOid(), visit.repeatKey()).orElse(null));
      if (visit.visitDate().isPresent()) {
        String date = visit.visitDate().get().toString();
        record.put("SVSTDTC", date).put("SVENDTC", date);
        if (scheduled) {
          record.put("SVPRESP", "Y").put("SVOCCUR", "Y");
        }
        records.add(record);
      } else if (visit.missed() && scheduled && map.settings().includeMissedVisits()) {
        record.put("SVPRESP", "Y").put("SVOCCUR", "N");
        record.put("SVREASOC", visit.missedReason().map(text::fold).orElse(null));
        records.add(record);
      }
    }
    records.sort(Comparator.comparing(r -> (java.math.BigDecimal) r.get("VISITNUM")));
    return records;
  }
}
