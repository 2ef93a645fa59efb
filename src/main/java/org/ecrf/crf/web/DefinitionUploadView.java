package org.ecrf.crf.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.DefinitionFile;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.odm.Fault;
import org.ecrf.crf.odm.ValidationReport;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.shared.ConflictException;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.file.UploadedFile;

/**
 * Study definition files ({@code admin/definitions.xhtml}): the stored versions, and a file to
 * check (administrators and data managers) or to store as a new version (administrators), with
 * every fault listed by line and column.
 */
@Named
@ViewScoped
public class DefinitionUploadView implements Serializable {

  @Inject private DefinitionService definitions;

  private List<StoredRow> stored;
  private transient UploadedFile file;
  private boolean lenient;
  private List<FaultRow> faults = List.of();
  private String verdict;

  public void load() {
    stored = definitions.storedVersions().stream().map(StoredRow::of).toList();
  }

  public void check() {
    definitionFile().ifPresent(f -> show(definitions.validate(f)));
  }

  public void upload() {
    definitionFile().ifPresent(this::upload);
  }

  private void upload(DefinitionFile definitionFile) {
    try {
      DefinitionService.Upload upload = definitions.upload(definitionFile);
      show(upload.report());
      String outcome = Texts.get("definitions.outcome." + upload.outcome().name());
      if (upload.outcome() == DefinitionService.Upload.Outcome.INVALID) {
        Feedback.error(outcome);
      } else {
        Feedback.info(outcome);
        load();
      }
    } catch (ConflictException e) {
      Feedback.error(e.getMessage());
    }
  }

  private Optional<DefinitionFile> definitionFile() {
    if (file == null || file.getSize() == 0) {
      Feedback.error(Texts.get("definitions.chooseFile"));
      FacesContext.getCurrentInstance().validationFailed();
      return Optional.empty();
    }
    if (file.getSize() > definitions.maxBytes()) {
      Feedback.error(Texts.get("definitions.tooLarge", definitions.maxBytes()));
      return Optional.empty();
    }
    return Optional.of(new DefinitionFile(file.getFileName(), file.getContent(), lenient));
  }

  private void show(ValidationReport report) {
    faults = report.faults().stream().map(FaultRow::of).toList();
    verdict =
        report.tooLarge()
            ? Texts.get("definitions.tooLarge", definitions.maxBytes())
            : Texts.get(
                report.valid() ? "definitions.valid" : "definitions.invalid",
                report.errors().size(),
                report.warnings().size(),
                report.formCount(),
                report.itemCount());
  }

  public List<StoredRow> getStored() {
    return stored;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public boolean isLenient() {
    return lenient;
  }

  public void setLenient(boolean lenient) {
    this.lenient = lenient;
  }

  public List<FaultRow> getFaults() {
    return faults;
  }

  public String getVerdict() {
    return verdict;
  }

  /** A stored version. */
  public record StoredRow(
      String study,
      String version,
      String source,
      String fileName,
      int forms,
      int items,
      String sha256,
      String storedBy,
      Instant storedAt)
      implements Serializable {

    static StoredRow of(StoredDefinition d) {
      return new StoredRow(
          d.studyOid(),
          d.metaDataVersionOid(),
          d.source().name(),
          d.fileName(),
          d.formCount(),
          d.itemCount(),
          d.sha256().substring(0, 12),
          d.storedBy(),
          d.storedAt());
    }
  }

  /** A fault of the checked file. */
  public record FaultRow(String severity, int line, int column, String message)
      implements Serializable {

    static FaultRow of(Fault fault) {
      return new FaultRow(fault.severity().name(), fault.line(), fault.column(), fault.message());
    }
  }
}
