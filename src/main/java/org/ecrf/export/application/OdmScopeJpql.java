package org.ecrf.export.application;

import jakarta.persistence.TypedQuery;

/**
 * The JPQL of an export's scope shared by the ODM export's reads: the study, and the site when the
 * scope names one.
 */
final class OdmScopeJpql {

  private OdmScopeJpql() {}

  /** {@code " AND s.site.code = :site"} for the subject alias, or nothing for every site. */
  static String siteOf(String subject, ExportScope scope) {
    return scope.siteCode().isPresent() ? " AND " + subject + ".site.code = :site" : "";
  }

  /** The query with the study and, when the scope names one, the site set. */
  static <T> TypedQuery<T> scoped(TypedQuery<T> query, ExportScope scope) {
    query.setParameter("study", scope.studyOid());
    scope.siteCode().ifPresent(site -> query.setParameter("site", site));
    return query;
  }
}
