package org.ecrf.dosing.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.odm.Fault;
import org.ecrf.dosing.application.DosingDryRun;
import org.ecrf.dosing.application.DryRunOutcome;
import org.ecrf.dosing.application.InvalidCandidateException;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.file.UploadedFile;

/**
 * The dosing rule set dry run ({@code dosing/dry-run.xhtml?study=TOPIT}, data managers): a
 * candidate definition file is compared with the current rule set over all stored infusions (see
 * {@link DosingDryRun}), and every infusion whose advice would change is listed; a file that cannot
 * be compared is refused with its faults by line.
 */
@Named
@ViewScoped
public class DryRunView implements Serializable {

  @Inject private DosingDryRun dryRun;
  @Inject private DefinitionService definitions;

  private String study;
  private String currentRuleSet;
  private transient UploadedFile file;
  private DryRunRows result;
  private String refusal;
  private List<FaultRow> faults = List.of();

  public void load() {
    study = definitions.studyOrFirst(study);
    DosingDryRun.CurrentRuleSet current = dryRun.currentRuleSet(study);
    currentRuleSet = current.header().label() + " (" + current.metaDataVersion() + ")";
  }

  public void compare() {
    result = null;
    refusal = null;
    faults = List.of();
    if (file == null || file.getSize() == 0) {
      Feedback.error(Texts.get("dosing.dryRun.chooseFile"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (file.getSize() > dryRun.maxBytes()) {
      Feedback.error(Texts.get("dosing.dryRun.tooLarge", dryRun.maxBytes()));
      return;
    }
    try {
      DryRunOutcome outcome = dryRun.dryRun(study, file.getFileName(), file.getContent());
      result = DryRunRows.of(outcome);
    } catch (InvalidCandidateException e) {
      faults = e.faults().stream().map(FaultRow::of).toList();
      refusal =
          faults.isEmpty()
              ? e.getMessage()
              : Texts.get("dosing.dryRun.invalid", file.getFileName(), faults.size());
      Feedback.error(Texts.get("dosing.dryRun.refused"));
    }
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getCurrentRuleSet() {
    return currentRuleSet;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  /** The comparison; null before a file was compared or when it was refused. */
  public DryRunRows getResult() {
    return result;
  }

  /** Why the file was refused; null unless it was. */
  public String getRefusal() {
    return refusal;
  }

  public List<FaultRow> getFaults() {
    return faults;
  }

  /** A fault of the refused file. */
  public record FaultRow(int line, int column, String message) implements Serializable {

    static FaultRow of(Fault fault) {
      return new FaultRow(fault.line(), fault.column(), fault.message());
    }
  }
}
