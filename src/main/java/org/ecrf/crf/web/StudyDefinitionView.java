package org.ecrf.crf.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.omnifaces.cdi.ViewScoped;

/**
 * A study definition as a study builder reviews it ({@code
 * studies/definition.xhtml?study=TOPIT&form=F.PUCAI}): the versions, the events with their timing
 * and forms, and one form at a time with every item, its type, choices, units, checks, derivation
 * and skip condition.
 */
@Named
@ViewScoped
public class StudyDefinitionView implements Serializable {

  @Inject private DefinitionService definitions;

  private String study;
  private String version;
  private String form;
  private StudyDefinitionPage page;

  public void load() {
    List<LoadedVersion> versions = definitions.loadedVersions();
    if (study == null || study.isBlank()) {
      study = versions.isEmpty() ? null : versions.get(0).studyOid();
    }
    if (study == null) {
      return;
    }
    LoadedVersion loaded =
        version == null || version.isBlank()
            ? definitions.current(study)
            : definitions.version(study, version);
    StudyDefinition definition = loaded.definition();
    version = loaded.metaDataVersionOid();
    if (form == null || definition.form(form).isEmpty()) {
      form = definition.forms().stream().map(FormDef::oid).sorted().findFirst().orElse(null);
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    page = StudyDefinitionPage.of(definition, form, locale, versions);
  }

  public StudyDefinitionPage getPage() {
    return page;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }
}
