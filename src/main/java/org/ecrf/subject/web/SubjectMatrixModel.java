package org.ecrf.subject.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.subject.application.MatrixPage;
import org.ecrf.subject.application.SubjectFilter;
import org.ecrf.subject.application.SubjectMatrixQueries;
import org.ecrf.subject.application.SubjectSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The subject matrix's rows, a page at a time: the table's sort and filters go to the database
 * ({@link SubjectMatrixQueries}), so a study of hundreds of subjects costs three queries per page
 * (count, subjects, their visits and forms).
 */
public class SubjectMatrixModel extends LazyDataModel<MatrixRow> {

  static final String KEY = "key";
  static final String STATUS = "status";
  static final String DIAGNOSIS = "diagnosis";
  static final String SITE = "site";
  static final String REGISTERED = "registeredAt";

  private final SubjectMatrixQueries queries;
  private final DefinitionService definitions;
  private final String studyOid;

  SubjectMatrixModel(SubjectMatrixQueries queries, DefinitionService definitions, String studyOid) {
    this.queries = queries;
    this.definitions = definitions;
    this.studyOid = studyOid;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return queries.count(studyOid, filterOf(filterBy));
  }

  @Override
  public List<MatrixRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    MatrixPage page = queries.page(studyOid, filterOf(filterBy), sortOf(sortBy), first, pageSize);
    return MatrixRows.of(studyOid, definitions.current(studyOid).definition(), page);
  }

  @Override
  public String getRowKey(MatrixRow row) {
    return row.getKey();
  }

  @Override
  public MatrixRow getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> row.getKey().equals(rowKey))
        .findFirst()
        .orElse(null);
  }

  /** The table's active filters as a subject filter (by each filter's field name). */
  static SubjectFilter filterOf(Map<String, FilterMeta> filterBy) {
    return SubjectFilter.parse(
        valueOf(filterBy, KEY),
        valueOf(filterBy, STATUS),
        valueOf(filterBy, DIAGNOSIS),
        valueOf(filterBy, SITE));
  }

  /** The table's first active sort; by subject key when there is none or it names another field. */
  static SubjectSort sortOf(Map<String, SortMeta> sortBy) {
    if (sortBy == null) {
      return SubjectSort.BY_KEY;
    }
    return sortBy.values().stream()
        .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
        .sorted()
        .findFirst()
        .map(
            meta ->
                switch (Objects.toString(meta.getField(), "")) {
                  case STATUS ->
                      new SubjectSort(SubjectSort.Field.STATUS, meta.getOrder().isAscending());
                  case REGISTERED ->
                      new SubjectSort(SubjectSort.Field.REGISTERED, meta.getOrder().isAscending());
                  case KEY -> new SubjectSort(SubjectSort.Field.KEY, meta.getOrder().isAscending());
                  default -> SubjectSort.BY_KEY;
                })
        .orElse(SubjectSort.BY_KEY);
  }

  private static String valueOf(Map<String, FilterMeta> filterBy, String field) {
    if (filterBy == null) {
      return null;
    }
    return filterBy.values().stream()
        .filter(meta -> field.equals(meta.getField()) && meta.getFilterValue() != null)
        .map(meta -> meta.getFilterValue().toString())
        .findFirst()
        .orElse(null);
  }
}
