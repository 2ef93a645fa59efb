package org.ecrf.subject.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.subject.application.SubjectMatrixQueries;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.SubjectStatus;
import org.omnifaces.cdi.ViewScoped;

/**
 * The subject matrix of a study ({@code subjects/matrix.xhtml?study=TOPIT&site=POT}): the subjects
 * the user may see as rows, the visits as columns, and in each cell the status of every form that
 * applies to the child, each a link to the form. Paged, sorted and filtered in the database.
 */
@Named
@ViewScoped
public class SubjectMatrixView implements Serializable {

  /** Subjects per page. */
  public static final int PAGE_SIZE = 25;

  @Inject private SubjectMatrixQueries queries;
  @Inject private DefinitionService definitions;

  private String study;
  private String site;
  private List<VisitColumn> columns;
  private List<String> sites;
  private SubjectMatrixModel model;

  public void load() {
    study = definitions.studyOrFirst(study);
    columns = MatrixRows.columnsOf(definitions.current(study).definition());
    sites = queries.visibleSites(study);
    site = site == null ? null : site.trim().toUpperCase(Locale.ROOT);
    if (site != null && !sites.contains(site)) {
      site = null;
    }
    model = new SubjectMatrixModel(queries, definitions, study);
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  /** The site to show first (view parameter); the table's site filter starts with it. */
  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public List<VisitColumn> getColumns() {
    return columns;
  }

  /** The sites the user may see, for the site filter. */
  public List<String> getSites() {
    return sites;
  }

  public List<String> getStatuses() {
    return Stream.of(SubjectStatus.values()).map(Enum::name).toList();
  }

  public List<String> getDiagnoses() {
    return Stream.of(Diagnosis.values()).map(Enum::name).toList();
  }

  /** The form statuses of the legend, in the order of a form's course. */
  public List<String> getLegend() {
    return FormIcon.STATUSES;
  }

  /** The glyph of a form status, for the legend. */
  public String glyph(String status) {
    return FormIcon.glyphOf(status);
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public SubjectMatrixModel getModel() {
    return model;
  }
}
