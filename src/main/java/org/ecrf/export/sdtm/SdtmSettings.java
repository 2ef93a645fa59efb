package org.ecrf.export.sdtm;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.subject.domain.BirthDayConvention;

/**
 * The choices of the SDTM mapping that the study definition does not make itself, each with a
 * documented default ({@link #DEFAULT}). Sources: the trial spec §4.3 (treatment, route, dose form
 * CT values), /work/shared/cdisc/NOTES.md §6 (placement of PCDAI/PUCAI, endoscopy).
 *
 * @param usubjidSeparator USUBJID is STUDYID, this separator and the subject key ({@code
 *     TOPIT-POT-0007}); the subject key is unique within the study and already carries the site
 * @param treatment EXTRT and ECTRT, the study drug (CT-free text, upper case): {@code INFLIXIMAB}
 * @param route EXROUTE/ECROUTE (CDISC ROUTE C66729): {@code INTRAVENOUS}
 * @param doseForm EXDOSFRM (CDISC FRM C66726): {@code INJECTION, POWDER, LYOPHILIZED, FOR SOLUTION}
 * @param procedure PRTRT of endoscopy forms (CDISC PROCEDUR, extensible): {@code COLONOSCOPY}; the
 *     spec notes ileocolonoscopy is not a CT term
 * @param birthDay which day of the birth month AGE is computed from (only month and year are
 *     collected): the platform's default, the first day
 * @param includeMissedVisits whether SV carries visits marked missed (SVOCCUR = N with SVREASOC,
 *     SDTMIG 3.4) or leaves them out: included by default
 * @param pediatric TS PDSTIND (paediatric study indicator)
 * @param registryId TS REGID (e.g. the ClinicalTrials.gov number), empty to leave out
 */
public record SdtmSettings(
    String usubjidSeparator,
    String treatment,
    String route,
    String doseForm,
    String procedure,
    BirthDayConvention birthDay,
    boolean includeMissedVisits,
    boolean pediatric,
    Optional<String> registryId) {

  /** The defaults for TOPIT, as above. */
  public static final SdtmSettings DEFAULT =
      new SdtmSettings(
          "-",
          "INFLIXIMAB",
          "INTRAVENOUS",
          "INJECTION, POWDER, LYOPHILIZED, FOR SOLUTION",
          "COLONOSCOPY",
          BirthDayConvention.DEFAULT,
          true,
          true,
          Optional.of("NCT02522169"));

  /**
   * Category (--CAT) of a findings test by its test-code prefix, for the instruments the trial spec
   * §4.2 places: sponsor-defined QSCAT/RSCAT for PCDAI, wPCDAI, PUCAI, Mayo, UCEIS, Paris, and the
   * CT category {@code SES-CD V1} (CCCAT C176060). Tests without a listed prefix take the name of
   * their item group.
   */
  public static final Map<String, String> CATEGORY_BY_TEST_PREFIX =
      Map.of(
          "PCDAI", "PCDAI",
          "WPCDA", "WPCDAI",
          "PUCAI", "PUCAI",
          "SES01", "SES-CD V1",
          "MAYO", "MAYO",
          "UCEIS", "UCEIS",
          "PARCD", "PARIS CLASSIFICATION",
          "PARUC", "PARIS CLASSIFICATION");

  public SdtmSettings {
    Objects.requireNonNull(usubjidSeparator, "usubjidSeparator");
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(doseForm, "doseForm");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(birthDay, "birthDay");
    Objects.requireNonNull(registryId, "registryId");
  }

  /** The unique subject identifier of a subject of the study. */
  public String usubjid(String studyOid, String subjectKey) {
    return studyOid + usubjidSeparator + subjectKey;
  }
}
