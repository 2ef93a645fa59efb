package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.odm.clinical.ClinicalDataReader;
import org.ecrf.crf.odm.clinical.ClinicalDataSource;
import org.ecrf.crf.odm.clinical.FormDataListener;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.ReadOptions;
import org.ecrf.crf.odm.clinical.ReadSummary;
import org.ecrf.crf.odm.clinical.RefusedForm;
import org.ecrf.platform.DatabaseUnavailable;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;

/**
 * Imports an ODM 1.3.2 ClinicalData file (the clinical data API, central laboratory files): the
 * file is validated against the ODM schema first, so a broken or truncated file stores nothing;
 * then each form is stored or refused on its own ({@link ImportedFormStore}, one transaction per
 * form) while the file is read, and the answer says per form and item what happened and why.
 *
 * <p>Runs outside any transaction on purpose: a transaction around the whole file would make one
 * refused form undo the others, and hold locks for the length of the file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ClinicalDataImport {

  private static final System.Logger LOG = System.getLogger(ClinicalDataImport.class.getName());

  @Inject private ImportedFormStore store;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private CurrentUser currentUser;

  /**
   * Imports a file into a study.
   *
   * @param studyOid the study; every ClinicalData of the file must name it
   * @param source the file, readable twice (schema validation, then the forms)
   * @param maxBytes a larger file is not read
   * @param lenient ignore elements and attributes of unknown namespaces (vendor extensions) with a
   *     warning instead of refusing the data they are in
   * @throws NotFoundException for an unknown study
   * @throws AccessDeniedException for a caller who may enter data nowhere (only investigators,
   *     nurses and data managers import)
   */
  public ImportReport importFile(
      String studyOid, ClinicalDataSource source, long maxBytes, boolean lenient) {
    if (definitions.current(studyOid).isEmpty()) {
      throw new NotFoundException("No study " + studyOid);
    }
    currentUser.requireAnyRole(Role.INVESTIGATOR, Role.NURSE, Role.DATA_MANAGER);
    ReadOptions options =
        ReadOptions.defaults()
            .withMaxBytes(maxBytes)
            .withSchemaValidation(true)
            .withLenient(lenient);
    List<ImportFormResult> forms = new ArrayList<>();
    ReadSummary summary =
        new ClinicalDataReader(options)
            .read(
                source,
                new FormDataListener() {
                  @Override
                  public void accepted(FormDataSubmission form) {
                    forms.add(storeOne(studyOid, form));
                  }

                  @Override
                  public void refused(RefusedForm form) {
                    forms.add(ImportFormResult.refusedByReader(form));
                  }
                });
    return ImportReport.of(studyOid, summary, forms);
  }

  private ImportFormResult storeOne(String studyOid, FormDataSubmission form) {
    try {
      return store.store(studyOid, form);
    } catch (RuntimeException e) {
      return ImportFormResult.refusedBeforePlanning(form, reasonOf(e));
    }
  }

  /**
   * The application's own reason, a lost database (whose commit may or may not have happened), or
   * an incident id for anything unexpected.
   */
  private static String reasonOf(RuntimeException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException
          || cause instanceof AccessDeniedException
          || cause instanceof ConflictException
          || cause instanceof InvalidInputException) {
        return cause.getMessage();
      }
    }
    if (DatabaseUnavailable.causedBy(exception)) {
      return "The database could not be reached while this form was stored, so it may or may not"
          + " have been stored: read the subject's data back before sending the form again.";
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Incident " + incident + " while importing a form", exception);
    return "An unexpected error stopped this form (incident "
        + incident
        + "); nothing of it was stored.";
  }
}
