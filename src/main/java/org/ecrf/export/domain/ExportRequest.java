package org.ecrf.export.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ecrf.security.domain.Role;

/**
 * An export as asked for: what to write, in which format, of which subjects and visits, and for
 * whose eyes (the roles whose blinding it follows).
 *
 * @param studyOid the study
 * @param kind ODM, SDTM or DEFINE
 * @param format for SDTM, the dataset format ({@code dataset-json}, {@code xpt}, {@code csv})
 * @param siteCode only this site's subjects
 * @param from only visits on or after this date
 * @param to only visits on or before this date
 * @param readerRoles the asking user's roles
 */
public record ExportRequest(
    String studyOid,
    ExportKind kind,
    Optional<String> format,
    Optional<String> siteCode,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Set<Role> readerRoles) {

  /** The dataset formats of an SDTM export. */
  public static final Set<String> SDTM_FORMATS = Set.of("dataset-json", "xpt", "csv");

  public ExportRequest {
    Objects.requireNonNull(studyOid, "studyOid");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    readerRoles = Set.copyOf(readerRoles);
    if (kind == ExportKind.SDTM) {
      String chosen = format.orElse("");
      if (!SDTM_FORMATS.contains(chosen)) {
        throw new IllegalArgumentException(
            "format must be dataset-json, xpt or csv for an SDTM export, not '" + chosen + "'");
      }
    } else if (format.isPresent()) {
      throw new IllegalArgumentException("format applies to SDTM exports only");
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "from (" + from.get() + ") is after to (" + to.get() + ")");
    }
  }

  /** The file name of its result, e.g. {@code TOPIT-sdtm-xpt-17.zip}. */
  public String fileName(long jobId) {
    String name =
        studyOid
            + "-"
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + format.map(f -> "-" + f).orElse("")
            + siteCode.map(s -> "-" + s).orElse("")
            + "-"
            + jobId
            + "."
            + kind.extension();
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
