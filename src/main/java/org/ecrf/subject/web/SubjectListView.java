package org.ecrf.subject.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;
import org.omnifaces.cdi.ViewScoped;

/**
 * The subjects of a study that the user may see ({@code subjects/list.xhtml?study=TOPIT}), and the
 * dialog that registers a child at one of the user's sites.
 */
@Named
@ViewScoped
public class SubjectListView implements Serializable {

  @Inject private SubjectService subjects;
  @Inject private DefinitionService definitions;

  private String study;
  private List<SubjectRow> rows;
  private List<String> registrationSites;
  private RegistrationForm registration = new RegistrationForm();

  public void load() {
    study = definitions.studyOrFirst(study);
    rows =
        study == null
            ? List.of()
            : subjects.visibleSubjects(study).stream().map(SubjectRow::of).toList();
    registrationSites = subjects.registrationSites();
    if (registrationSites.size() == 1) {
      registration.setSite(registrationSites.get(0));
    }
  }

  public String register() {
    try {
      Subject subject = subjects.register(study, registration.toRegistration());
      Feedback.info(Texts.get("subjects.registered", subject.subjectKey()));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/subjects/subject?faces-redirect=true&study="
          + study
          + "&subject="
          + subject.subjectKey();
    } catch (InvalidInputException e) {
      Feedback.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  public boolean isMayRegister() {
    return !registrationSites.isEmpty();
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public List<SubjectRow> getRows() {
    return rows;
  }

  public List<String> getRegistrationSites() {
    return registrationSites;
  }

  public RegistrationForm getRegistration() {
    return registration;
  }

  /** A subject as the list shows it. */
  public record SubjectRow(
      String key,
      String site,
      String diagnosis,
      String sex,
      String birthMonth,
      String status,
      String arm,
      Instant registeredAt)
      implements Serializable {

    static SubjectRow of(Subject s) {
      return new SubjectRow(
          s.subjectKey(),
          s.site().code(),
          s.diagnosis().name(),
          s.sex().name(),
          s.birthMonth().toString(),
          s.status().name(),
          s.armCode().orElse(""),
          s.registeredAt());
    }
  }
}
