package org.ecrf.audit.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ecrf.audit.application.AuditHistory;
import org.ecrf.audit.application.AuditQueryParameters;
import org.ecrf.audit.application.ReadablePath;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.LanguageView;
import org.ecrf.platform.web.Texts;
import org.ecrf.shared.InvalidInputException;
import org.omnifaces.cdi.ViewScoped;

/**
 * The audit trail page ({@code audit/history.xhtml?study=TOPIT&subject=POT-0001&event=SE.WEEK0
 * &repeat=1&form=F.PUCAI&group=IG.PUCAI&groupRepeat=1&item=I.PUCAI_PAIN}, any narrowing, plus the
 * filters {@code user}, {@code from} and {@code to}): a heading that says what the history is of,
 * and its events, newest first. A subject the reader may not see is answered as not found by the
 * service, which the error page shows.
 */
@Named
@ViewScoped
public class AuditHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditHistory history;
  @Inject private DefinitionService definitions;
  @Inject private LanguageView language;

  private final Map<String, String> parameters = new LinkedHashMap<>();
  private String study;
  private String heading;
  private AuditRecordModel model;

  public void load() {
    study = definitions.studyOrFirst(study);
    Locale locale = language.getLocale();
    heading = Texts.get(locale, "audit.title");
    AuditQuery query;
    try {
      query = AuditQueryParameters.parse(study, parameters);
    } catch (InvalidInputException e) {
      Feedback.error(e.getMessage());
      return;
    }
    history.count(query);
    ReadablePath path =
        ReadablePath.of(query.scope(), definitions.current(study).definition(), locale);
    String subject = path.narrowestFirst();
    heading =
        Texts.get(
            locale, "audit.heading." + query.level().name(), subject.isEmpty() ? study : subject);
    model = new AuditRecordModel(history, definitions, study, parameters, locale);
  }

  /** Applies the filters: the same page again, with them in its address (bookmarkable). */
  public String filter() {
    return "/audit/history?faces-redirect=true&includeViewParams=true";
  }

  public String getHeading() {
    return heading;
  }

  public AuditRecordModel getModel() {
    return model;
  }

  /** True when the history is of one subject (the page links back to it). */
  public boolean isOfSubject() {
    String subject = parameters.get(AuditQueryParameters.SUBJECT);
    return subject != null && !subject.isBlank();
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  /**
   * The narrowing and filter parameters by their names (subject, event, repeat, form, group,
   * groupRepeat, item, user, from, to), bound to the page's view parameters and filter fields.
   */
  public Map<String, String> getParameters() {
    return parameters;
  }
}
