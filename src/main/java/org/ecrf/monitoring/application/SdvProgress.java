package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.SdvMark;
import org.ecrf.monitoring.domain.SdvMarkRepository;
import org.ecrf.monitoring.domain.SdvRequirement;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.domain.Subject;

/**
 * Where source data verification stands on every stored form of a subject, for worklists and the
 * dashboard: the items its SDV plan names and how many still await a monitor, leaving out items the
 * caller is blinded to. Reads the subject's forms with their values once (three queries per
 * subject), not form by form.
 */
@ApplicationScoped
class SdvProgress {

  @Inject private ClinicalDataRepository data;
  @Inject private SdvMarkRepository marks;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private MonitoringAccess access;

  List<FormProgress> of(String studyOid, Subject subject) {
    Map<Long, Set<ItemPath>> verified =
        marks.marksOfSubject(subject).stream()
            .collect(
                Collectors.groupingBy(
                    mark -> mark.form().id(),
                    Collectors.mapping(SdvMark::item, Collectors.toSet())));
    List<FormProgress> progress = new ArrayList<>();
    for (FormData form : data.formsOf(subject)) {
      StudyDefinition definition = definitionOf(studyOid, form.metaDataVersion());
      FormDef def = definition.form(form.formOid()).orElse(null);
      if (def == null) {
        continue;
      }
      List<ItemPath> required =
          SdvRequirement.required(
                  def.sdvPlan(), definition.itemGroupsOf(form.formOid()), form.storedValues())
              .stream()
              .filter(item -> access.sees(definition, subject, item.itemOid()))
              .toList();
      int pending =
          SdvRequirement.pending(required, verified.getOrDefault(form.id(), Set.of())).size();
      String eventName =
          definition.event(form.event().eventOid()).map(e -> e.name()).orElse(form.formOid());
      progress.add(
          new FormProgress(
              form,
              new FormAddress(
                  studyOid,
                  subject.subjectKey(),
                  form.event().eventOid(),
                  form.event().repeatKey(),
                  form.formOid()),
              eventName,
              def.name(),
              required.size(),
              pending));
    }
    return progress;
  }

  private StudyDefinition definitionOf(String studyOid, String metaDataVersion) {
    return definitions
        .version(studyOid, metaDataVersion)
        .or(() -> definitions.current(studyOid))
        .map(LoadedVersion::definition)
        .orElseThrow(() -> new NotFoundException("No study " + studyOid));
  }

  /**
   * One stored form's SDV progress.
   *
   * @param form the stored form
   * @param address where it is
   * @param eventName the visit's name
   * @param formName the form's name
   * @param required the items its plan names that have a value (and the caller sees)
   * @param pending how many of them await verification
   */
  record FormProgress(
      FormData form,
      FormAddress address,
      String eventName,
      String formName,
      int required,
      int pending) {}
}
