package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemGroupData;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.export.sdtm.Casebook;
import org.ecrf.randomization.domain.AllocationRepository;
import org.ecrf.randomization.domain.StoredAllocationSlot;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;

/**
 * Reads what the SDTM export needs from the database, one subject per transaction, so that the
 * persistence context never holds more than one subject's data: the keys of the subjects in scope
 * first, then each subject's casebook (visits, forms with their item groups and values read in a
 * fixed number of queries, and the allocation). Runs without a user: it checks no access rights,
 * the export's scope decides what is read. Rows removed from a log (kept for the audit trail) are
 * not read.
 */
@ApplicationScoped
public class SdtmCasebookReader {

  @Inject private SubjectRepository subjects;
  @Inject private SiteRepository sites;
  @Inject private ClinicalDataRepository data;
  @Inject private AllocationRepository allocations;

  /** The keys of the study's subjects at the scope's site (or all sites), in key order. */
  @Transactional
  public List<String> subjectKeys(ExportScope scope) {
    List<String> siteCodes =
        scope
            .siteCode()
            .map(List::of)
            .orElseGet(() -> sites.all().stream().map(Site::code).toList());
    if (siteCodes.isEmpty()) {
      return List.of();
    }
    return subjects.atSites(scope.studyOid(), siteCodes).stream()
        .map(Subject::subjectKey)
        .sorted()
        .toList();
  }

  /**
   * One subject's casebook, with only the visits whose date the scope covers (a visit without a
   * date, such as the running logs, always is); empty for a subject no longer found.
   */
  @Transactional
  public Optional<Casebook> casebook(ExportScope scope, String subjectKey) {
    Optional<Subject> found = subjects.byKey(scope.studyOid(), subjectKey);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Subject subject = found.get();
    List<StudyEventData> events = data.eventsOf(subject);
    Map<Long, List<FormData>> formsByEvent = new LinkedHashMap<>();
    for (FormData form : data.formsOf(subject)) {
      formsByEvent.computeIfAbsent(form.event().id(), id -> new ArrayList<>()).add(form);
    }
    List<Casebook.Visit> visits = new ArrayList<>();
    for (StudyEventData event : events) {
      if (scope.covers(event.visitDate().orElse(null))) {
        visits.add(visit(event, formsByEvent.getOrDefault(event.id(), List.of())));
      }
    }
    Site site = subject.site();
    Optional<StoredAllocationSlot> slot = allocations.slotOf(subject);
    Optional<LocalDate> randomised =
        slot.map(StoredAllocationSlot::allocatedAt).map(at -> LocalDate.ofInstant(at, site.zone()));
    return Optional.of(
        new Casebook(
            subject.subjectKey(),
            site.code(),
            site.countryCode(),
            subject.sex().name(),
            Optional.of(subject.birthMonth().value()),
            subject.armCode(),
            randomised,
            visits));
  }

  private static Casebook.Visit visit(StudyEventData event, List<FormData> forms) {
    List<Casebook.Form> read = new ArrayList<>();
    forms.stream()
        .sorted(Comparator.comparing(FormData::id))
        .forEach(
            form ->
                read.add(new Casebook.Form(form.formOid(), form.formRepeatKey(), groups(form))));
    return new Casebook.Visit(
        event.eventOid(),
        event.repeatKey(),
        event.visitDate(),
        event.missed(),
        event.missedReason(),
        read);
  }

  private static List<Casebook.Group> groups(FormData form) {
    List<Casebook.Group> groups = new ArrayList<>();
    for (ItemGroupData group : form.groups()) {
      if (group.removed()) {
        continue;
      }
      List<Casebook.Value> values =
          group.items().stream()
              .map(
                  item ->
                      new Casebook.Value(
                          item.itemOid(), item.valueText(), item.unitOid(), item.standardValue()))
              .toList();
      groups.add(new Casebook.Group(group.itemGroupOid(), group.repeatKey(), values));
    }
    return groups;
  }
}
