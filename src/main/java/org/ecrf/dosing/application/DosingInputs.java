package org.ecrf.dosing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.ItemData;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.subject.domain.Subject;

/**
 * Reads what dosing needs of a child's stored data: the trough and infusion forms of every visit,
 * two queries whatever the number of visits. Callers check access and blinding first; this bean
 * reads without asking.
 */
@ApplicationScoped
public class DosingInputs {

  @Inject private ClinicalDataRepository data;

  /** The child's trough and infusion forms. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DosingRecord recordOf(Subject subject) {
    return new DosingRecord(
        forms(subject, DosingItems.TROUGH_FORM, DosingItems.TROUGH_ITEMS),
        forms(subject, DosingItems.INFUSION_FORM, DosingItems.INFUSION_ITEMS));
  }

  /** The child's infusion forms only (nothing about levels). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DosingRecord infusionsOf(Subject subject) {
    return new DosingRecord(
        List.of(), forms(subject, DosingItems.INFUSION_FORM, DosingItems.INFUSION_ITEMS));
  }

  private List<StoredForm> forms(Subject subject, String formOid, Collection<String> itemOids) {
    Map<String, Map<String, String>> byVisit = new LinkedHashMap<>();
    Map<String, StudyEventData> events = new LinkedHashMap<>();
    for (ItemData item : data.itemValues(subject, formOid, itemOids)) {
      StudyEventData event = item.group().form().event();
      String key = event.eventOid() + "[" + event.repeatKey() + "]";
      events.putIfAbsent(key, event);
      byVisit.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(item.itemOid(), value(item));
    }
    List<StoredForm> forms = new ArrayList<>();
    byVisit.forEach(
        (key, values) -> {
          StudyEventData event = events.get(key);
          forms.add(new StoredForm(event.eventOid(), event.repeatKey(), values));
        });
    return forms;
  }

  /** Numbers in their standard unit, everything else as stored. */
  private static String value(ItemData item) {
    return item.standardValue().map(number -> number.toPlainString()).orElse(item.valueText());
  }
}
