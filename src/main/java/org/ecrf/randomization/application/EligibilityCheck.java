package org.ecrf.randomization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemGroupData;
import org.ecrf.subject.domain.Eligibility;
import org.ecrf.subject.domain.EligibilityCriteria;
import org.ecrf.subject.domain.Subject;

/**
 * A subject's eligibility from its stored eligibility form ({@code F.ELIGIBILITY} at {@code
 * SE.SCREENING}, a platform convention for randomised studies): every inclusion item {@code
 * I.INCL_*} answered Y, every exclusion item {@code I.EXCL_*} answered N, consent documented. The
 * criteria are the items the study defines on that form, so a criterion left unanswered blocks too.
 */
@ApplicationScoped
public class EligibilityCheck {

  static final String SCREENING_EVENT = "SE.SCREENING";
  static final String ELIGIBILITY_FORM = "F.ELIGIBILITY";

  @Inject private ClinicalDataRepository data;
  @Inject private Clock clock;

  public Eligibility assess(Subject subject, StudyDefinition definition) {
    List<String> criteria =
        definition.itemRefsOf(ELIGIBILITY_FORM).stream()
            .map(ItemRef::itemOid)
            .filter(
                oid ->
                    oid.startsWith(EligibilityCriteria.INCLUSION_PREFIX)
                        || oid.startsWith(EligibilityCriteria.EXCLUSION_PREFIX))
            .toList();
    return new EligibilityCriteria(criteria).assess(storedValues(subject), LocalDate.now(clock));
  }

  private Map<String, String> storedValues(Subject subject) {
    Map<String, String> values = new HashMap<>();
    data
        .event(subject, SCREENING_EVENT, 1)
        .flatMap(event -> data.form(event, ELIGIBILITY_FORM, 1))
        .map(FormData::groups)
        .orElse(List.of())
        .stream()
        .filter(group -> !group.removed())
        .map(ItemGroupData::items)
        .flatMap(List::stream)
        .forEach(item -> values.put(item.itemOid(), item.valueText()));
    return values;
  }
}
