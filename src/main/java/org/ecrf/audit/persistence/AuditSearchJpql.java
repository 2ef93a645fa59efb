package org.ecrf.audit.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.audit.domain.SubjectScope;

/**
 * The JPQL of an audit query: a condition on the item path columns (indexed from the study and
 * subject on), the actor and the time, restricted to the visible subjects, with named parameters
 * only (no input is ever part of the query text). Newest first by time, then by id (the order of
 * the chain), which the indexes of V006 and V009 serve without sorting.
 *
 * @param where the condition on {@code e} (an {@code AuditEvent})
 * @param parameters the values of its named parameters
 */
record AuditSearchJpql(String where, Map<String, Object> parameters) {

  AuditSearchJpql {
    parameters = Map.copyOf(parameters);
  }

  static AuditSearchJpql of(AuditQuery query, SubjectScope subjects) {
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("No subject is visible: there is nothing to query");
    }
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    ItemPath scope = query.scope();
    equal(conditions, parameters, "studyOid", "study", scope.studyOid());
    equal(conditions, parameters, "subjectKey", "subject", scope.subjectKey());
    if (scope.subjectKey() == null) {
      conditions.add("e.subjectKey IS NOT NULL");
    }
    if (!subjects.everySubject()) {
      conditions.add("e.subjectKey IN :visibleSubjects");
      parameters.put("visibleSubjects", List.copyOf(subjects.subjectKeys()));
    }
    equal(conditions, parameters, "eventOid", "event", scope.eventOid());
    equal(conditions, parameters, "eventRepeat", "eventRepeat", scope.eventRepeat());
    equal(conditions, parameters, "formOid", "form", scope.formOid());
    equal(conditions, parameters, "itemGroupOid", "group", scope.itemGroupOid());
    equal(conditions, parameters, "itemGroupRepeat", "groupRepeat", scope.itemGroupRepeat());
    equal(conditions, parameters, "itemOid", "item", scope.itemOid());
    equal(conditions, parameters, "actor", "actor", query.actor());
    if (query.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.until() != null) {
      conditions.add("e.occurredAt < :until");
      parameters.put("until", query.until());
    }
    return new AuditSearchJpql(String.join(" AND ", conditions), parameters);
  }

  /** The page's events, newest first. */
  String select() {
    return "SELECT e FROM AuditEvent e WHERE " + where + " ORDER BY e.occurredAt DESC, e.id DESC";
  }

  /** The number of matching events. */
  String count() {
    return "SELECT COUNT(e) FROM AuditEvent e WHERE " + where;
  }

  private static void equal(
      List<String> conditions,
      Map<String, Object> parameters,
      String field,
      String parameter,
      Object value) {
    if (value != null) {
      conditions.add("e." + field + " = :" + parameter);
      parameters.put(parameter, value);
    }
  }
}
