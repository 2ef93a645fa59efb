package org.ecrf.export.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.export.application.ExportJobView;
import org.ecrf.export.application.ExportJobs;
import org.ecrf.export.application.ExportOrder;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.application.SiteService;
import org.ecrf.site.domain.Site;

/**
 * The exports page ({@code export/exports.xhtml?study=TOPIT}, sponsors and data managers): order an
 * ODM, SDTM or Define-XML export (SDTM in Dataset-JSON, SAS transport or CSV; optionally one site
 * and, for ODM, a visit date range), see it progress while it runs in the background, then download
 * its file with its SHA-256 and see its reconciliation counts.
 */
@Named
@ViewScoped
public class ExportView implements Serializable {

  @Inject private ExportJobs exports;
  @Inject private DefinitionService definitions;
  @Inject private SiteService sites;

  private String study;
  private ExportKind kind = ExportKind.SDTM;
  private String format = "xpt";
  private String siteCode;
  private LocalDate from;
  private LocalDate to;
  private List<ExportJobView> jobs = List.of();
  private List<Site> siteChoices = List.of();

  public void load() {
    study = definitions.studyOrFirst(study);
    siteChoices = sites.sitesOfCurrentUser();
    refresh();
  }

  /** Queues the export as ordered on the form. */
  public void start() {
    try {
      ExportJobView job =
          exports.start(
              new ExportOrder(
                  study,
                  kind,
                  kind == ExportKind.SDTM ? Optional.ofNullable(format) : Optional.empty(),
                  Optional.ofNullable(siteCode),
                  kind == ExportKind.ODM ? Optional.ofNullable(from) : Optional.empty(),
                  kind == ExportKind.ODM ? Optional.ofNullable(to) : Optional.empty()));
      Feedback.info(Texts.get("export.started", job.id()));
    } catch (InvalidInputException | NotFoundException e) {
      Feedback.error(e.getMessage());
    }
    refresh();
  }

  /** Reads the job list again (the page polls while an export runs). */
  public void refresh() {
    jobs = exports.recent(study);
  }

  /** Whether an export is still queued or running, so that the page keeps polling. */
  public boolean isRunning() {
    return jobs.stream().anyMatch(job -> !job.status().isFinished());
  }

  public List<Site> getSites() {
    return siteChoices;
  }

  public ExportKind[] getKinds() {
    return ExportKind.values();
  }

  public List<String> getFormats() {
    return List.of("xpt", "dataset-json", "csv");
  }

  public List<ExportJobView> getJobs() {
    return jobs;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public ExportKind getKind() {
    return kind;
  }

  public void setKind(ExportKind kind) {
    this.kind = kind;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
