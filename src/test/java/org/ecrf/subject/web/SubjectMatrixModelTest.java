package org.ecrf.subject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ecrf.subject.application.SubjectFilter;
import org.ecrf.subject.application.SubjectSort;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.SubjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** How the lazy table's sort and filters become the database query's. */
class SubjectMatrixModelTest {

  @Test
  void noSortIsByKey() {
    assertThat(SubjectMatrixModel.sortOf(Map.of())).isEqualTo(SubjectSort.BY_KEY);
    assertThat(SubjectMatrixModel.sortOf(null)).isEqualTo(SubjectSort.BY_KEY);
  }

  @ParameterizedTest(name = "{0} {1} sorts by {2}")
  @CsvSource({
    "key,          ASCENDING,  KEY,        true",
    "key,          DESCENDING, KEY,        false",
    "status,       ASCENDING,  STATUS,     true",
    "registeredAt, DESCENDING, REGISTERED, false",
    "diagnosis,    ASCENDING,  KEY,        true",
    "status,       UNSORTED,   KEY,        true"
  })
  void theTablesSortFieldBecomesTheQuerysOrder(
      String field, SortOrder order, SubjectSort.Field expected, boolean ascending) {
    Map<String, SortMeta> sortBy =
        Map.of(field, SortMeta.builder().field(field).order(order).build());

    assertThat(SubjectMatrixModel.sortOf(sortBy)).isEqualTo(new SubjectSort(expected, ascending));
  }

  @Test
  void theTablesFiltersBecomeTheSubjectFilterByFieldName() {
    Map<String, FilterMeta> filterBy = new LinkedHashMap<>();
    filterBy.put("col1", FilterMeta.builder().field("key").filterValue("pot-00").build());
    filterBy.put("col2", FilterMeta.builder().field("status").filterValue("ENROLLED").build());
    filterBy.put("col3", FilterMeta.builder().field("diagnosis").filterValue("CD").build());
    filterBy.put("col4", FilterMeta.builder().field("site").filterValue("POT").build());

    SubjectFilter filter = SubjectMatrixModel.filterOf(filterBy);

    assertThat(filter.keyFragment()).isEqualTo("POT-00");
    assertThat(filter.status()).contains(SubjectStatus.ENROLLED);
    assertThat(filter.diagnosis()).contains(Diagnosis.CD);
    assertThat(filter.siteCode()).contains("POT");
  }

  @Test
  void emptyFiltersFilterNothing() {
    Map<String, FilterMeta> filterBy =
        Map.of("status", FilterMeta.builder().field("status").filterValue(null).build());

    assertThat(SubjectMatrixModel.filterOf(filterBy)).isEqualTo(SubjectFilter.NONE);
    assertThat(SubjectMatrixModel.filterOf(null)).isEqualTo(SubjectFilter.NONE);
  }
}
