package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.monitoring.domain.QueryTarget;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.domain.Subject;

/**
 * Checks what a query is raised on against the study definition: the visit exists, the form belongs
 * to the visit for this subject, the item is on the form (in one item group, or the named one) and
 * visible to the caller. What does not exist is answered as not found, as elsewhere.
 */
@ApplicationScoped
public class QueryTargets {

  @Inject private CrfDefinitionRegistry definitions;
  @Inject private MonitoredForms forms;
  @Inject private MonitoringAccess access;

  QueryTarget resolve(String studyOid, Subject subject, RaiseQuery command) {
    if (command.eventOid() == null || command.eventOid().isBlank()) {
      throw new InvalidInputException("event", "A query names the visit (study event OID)");
    }
    int eventRepeat = Objects.requireNonNullElse(command.eventRepeat(), 1);
    if (command.formOid() == null) {
      if (command.itemOid() != null) {
        throw new InvalidInputException("form", "A query on an item names its form");
      }
      StudyDefinition definition = current(studyOid);
      if (definition.event(command.eventOid()).isEmpty()) {
        throw new NotFoundException("No visit " + command.eventOid() + " in study " + studyOid);
      }
      return QueryTarget.visit(command.eventOid(), eventRepeat);
    }
    FormAddress address =
        new FormAddress(
            studyOid, subject.subjectKey(), command.eventOid(), eventRepeat, command.formOid());
    StudyDefinition definition = forms.load(address).session().definition();
    if (command.itemOid() == null) {
      return QueryTarget.form(command.eventOid(), eventRepeat, command.formOid());
    }
    String group = groupOf(definition, subject, command);
    return new QueryTarget(
        command.eventOid(),
        eventRepeat,
        command.formOid(),
        group,
        Objects.requireNonNullElse(command.itemGroupRepeat(), 1),
        command.itemOid());
  }

  private String groupOf(StudyDefinition definition, Subject subject, RaiseQuery command) {
    List<String> groups =
        definition.itemGroupsOf(command.formOid()).stream()
            .filter(group -> hasItem(group, command.itemOid()))
            .map(ItemGroupDef::oid)
            .filter(oid -> command.itemGroupOid() == null || oid.equals(command.itemGroupOid()))
            .toList();
    if (groups.isEmpty() || !access.sees(definition, subject, command.itemOid())) {
      throw new NotFoundException(
          "The form " + command.formOid() + " has no item " + command.itemOid());
    }
    if (groups.size() > 1) {
      throw new InvalidInputException(
          "itemGroup",
          command.itemOid() + " is in several item groups of the form: name one of " + groups);
    }
    return groups.get(0);
  }

  private static boolean hasItem(ItemGroupDef group, String itemOid) {
    return group.itemRefs().stream().anyMatch(ref -> ref.itemOid().equals(itemOid));
  }

  private StudyDefinition current(String studyOid) {
    return definitions
        .current(studyOid)
        .orElseThrow(() -> new NotFoundException("No study " + studyOid))
        .definition();
  }
}
