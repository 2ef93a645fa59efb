package org.ecrf.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecrf.audit.application.AuditHistory;
import org.ecrf.audit.application.AuditQueryParameters;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.StudyDefinition;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit page's events, read from the service a page at a time (the table's paginator asks for
 * the count and for one page); nothing beyond the shown page is held.
 */
public class AuditRecordModel extends LazyDataModel<AuditRow> {

  private static final long serialVersionUID = 1L;

  private final AuditHistory history;
  private final DefinitionService definitions;
  private final String study;
  private final HashMap<String, String> parameters;
  private final Locale locale;
  private List<AuditRow> page = List.of();

  AuditRecordModel(
      AuditHistory history,
      DefinitionService definitions,
      String study,
      Map<String, String> parameters,
      Locale locale) {
    this.history = history;
    this.definitions = definitions;
    this.study = study;
    this.parameters = new HashMap<>(parameters);
    this.locale = locale;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, history.count(query()));
  }

  @Override
  public List<AuditRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    AuditQuery query = query().page(first, Math.min(pageSize, AuditQuery.MAX_LIMIT));
    StudyDefinition definition = definitions.current(study).definition();
    boolean withSubject = query.scope().subjectKey() == null;
    page =
        history.records(query).stream()
            .map(record -> AuditRow.of(record, definition, locale, withSubject))
            .toList();
    return page;
  }

  @Override
  public String getRowKey(AuditRow row) {
    return Long.toString(row.id());
  }

  @Override
  public AuditRow getRowData(String rowKey) {
    return page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }

  private AuditQuery query() {
    return AuditQueryParameters.parse(study, parameters);
  }
}
