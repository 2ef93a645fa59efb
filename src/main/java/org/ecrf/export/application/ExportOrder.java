package org.ecrf.export.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.export.domain.ExportKind;

/**
 * An export as a user orders it on the page or through the API, before the platform adds who asks
 * and with which roles.
 *
 * @param studyOid the study
 * @param kind what to write
 * @param format the SDTM dataset format
 * @param siteCode only this site
 * @param from only visits from this date
 * @param to only visits up to this date
 */
public record ExportOrder(
    String studyOid,
    ExportKind kind,
    Optional<String> format,
    Optional<String> siteCode,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public ExportOrder {
    Objects.requireNonNull(studyOid, "studyOid");
    Objects.requireNonNull(kind, "kind");
    format = format.filter(f -> !f.isBlank());
    siteCode = siteCode.filter(s -> !s.isBlank());
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
