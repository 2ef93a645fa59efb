package org.ecrf.export.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ecrf.security.domain.Role;

/**
 * What an export covers and for whom it is written. Exports run as background jobs, away from the
 * request that asked for them, so the reader's roles travel with the scope: every exporter hides
 * the values those roles are blinded to ({@code StudyDefinition.isHiddenFrom}).
 *
 * @param studyOid the study
 * @param readerRoles the roles of the user who asked (SPONSOR, DATA_MANAGER)
 * @param siteCode only the subjects of this site, or every site
 * @param from only data of visits on or after this date, or from the start
 * @param to only data of visits on or before this date, or to the end
 */
public record ExportScope(
    String studyOid,
    Set<Role> readerRoles,
    Optional<String> siteCode,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public ExportScope {
    Objects.requireNonNull(studyOid, "studyOid");
    readerRoles = Set.copyOf(readerRoles);
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "The export's date range starts (" + from.get() + ") after it ends (" + to.get() + ")");
    }
  }

  /** The whole study for these roles. */
  public static ExportScope wholeStudy(String studyOid, Set<Role> readerRoles) {
    return new ExportScope(
        studyOid, readerRoles, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether a visit on that date is inside the date range (a visit without a date always is). */
  public boolean covers(LocalDate visitDate) {
    if (visitDate == null) {
      return true;
    }
    return from.map(f -> !visitDate.isBefore(f)).orElse(true)
        && to.map(t -> !visitDate.isAfter(t)).orElse(true);
  }
}
