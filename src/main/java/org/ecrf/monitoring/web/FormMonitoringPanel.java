package org.ecrf.monitoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.application.DataQueryService;
import org.ecrf.monitoring.application.FormReview;
import org.ecrf.monitoring.application.FormReviews;
import org.ecrf.monitoring.application.FormStatusService;
import org.ecrf.monitoring.application.QueryView;
import org.ecrf.monitoring.application.RaiseQuery;
import org.ecrf.monitoring.application.SourceDataVerification;
import org.ecrf.monitoring.domain.FormSignature;
import org.ecrf.monitoring.domain.QueryStatus;
import org.ecrf.platform.web.LanguageView;
import org.omnifaces.cdi.ViewScoped;

/**
 * The monitoring panel at the foot of the entry page ({@code
 * WEB-INF/includes/form-monitoring.xhtml}): the form's status, signature, SDV marks and queries,
 * and the moves the caller's roles allow. It reads the form's address from the page's parameters
 * when the page is opened. Moves that change the form's status open the page again, so that the
 * whole page shows the new state; query messages redraw the panel only, so that values being
 * corrected in the form above are kept.
 */
@Named
@ViewScoped
public class FormMonitoringPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FormReviews reviews;
  @Inject private FormStatusService statuses;
  @Inject private SourceDataVerification verification;
  @Inject private DataQueryService queries;
  @Inject private LanguageView language;

  private FormAddress address;
  private FormReview review;
  private String reason;
  private String password;
  private String queryTarget;
  private String queryText;
  private final Map<Long, String> replies = new HashMap<>();

  @PostConstruct
  void open() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String repeat = parameters.getOrDefault("repeat", "1");
    address =
        new FormAddress(
            parameters.get("study"),
            parameters.get("subject"),
            parameters.get("event"),
            repeat == null || repeat.isBlank() ? 1 : Integer.parseInt(repeat.strip()),
            parameters.get("form"));
    refresh();
  }

  /** Reads the form's monitoring state again (after a save of the form above). */
  public void refresh() {
    review = reviews.review(address, language.getLocale());
  }

  public String complete() {
    return move(FormStatus.COMPLETE, null, "monitoring.done.COMPLETE");
  }

  /** Signs with the password typed again in the dialog; the password is not kept. */
  public String sign() {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      return move(FormStatus.SIGNED, typed, "monitoring.done.SIGNED");
    } finally {
      Arrays.fill(typed, '\0');
    }
  }

  public String freeze() {
    return move(FormStatus.FROZEN, null, "monitoring.done.FROZEN");
  }

  public String lock() {
    return move(FormStatus.LOCKED, null, "monitoring.done.LOCKED");
  }

  public String unlock() {
    return move(FormStatus.IN_PROGRESS, null, "monitoring.done.IN_PROGRESS");
  }

  public String verifyForm() {
    return PanelActions.reloadOnSuccess(
        () -> verification.verify(address, List.of()), "monitoring.done.verifiedForm");
  }

  public String verifyItem(String itemOid) {
    return PanelActions.reloadOnSuccess(
        () -> verification.verify(address, List.of(itemOid)), "monitoring.done.verifiedItem");
  }

  /** Raises a query on the chosen item, or on the whole form when none is chosen. */
  public void raise() {
    String[] target =
        queryTarget == null || queryTarget.isBlank() ? null : queryTarget.split("\\|", 3);
    RaiseQuery command =
        new RaiseQuery(
            address.subjectKey(),
            address.eventOid(),
            address.eventRepeat(),
            address.formOid(),
            target == null ? null : target[2],
            target == null ? null : target[0],
            target == null ? null : Integer.valueOf(target[1]),
            queryText);
    if (PanelActions.attempt(
        () -> queries.raise(address.studyOid(), command), "monitoring.done.raised")) {
      queryText = null;
      queryTarget = null;
    }
    refresh();
  }

  /** Posts the reply typed under the query, giving the query the status {@code target}. */
  public void reply(long queryId, String target) {
    String text = replies.get(queryId);
    QueryStatus status = QueryStatus.valueOf(target);
    if (PanelActions.attempt(
        () -> queries.post(address.studyOid(), queryId, text, status),
        "monitoring.done.reply." + status.name())) {
      replies.remove(queryId);
    }
    refresh();
  }

  private String move(FormStatus target, char[] typedPassword, String successKey) {
    String why = reason;
    reason = null;
    return PanelActions.reloadOnSuccess(
        () -> statuses.transition(address, target, typedPassword, why), successKey);
  }

  /** Where a query points, in the page's words: an item's question, the form or the visit. */
  public String targetOf(QueryView query) {
    if (query.form() == null) {
      return PanelActions.text("monitoring.target.visit");
    }
    if (query.item() == null) {
      return PanelActions.text("monitoring.target.form");
    }
    String key = query.itemGroup() + "|" + query.itemGroupRepeat() + "|" + query.item();
    return review.itemChoices().stream()
        .filter(choice -> choice.key().equals(key))
        .map(FormReview.ItemChoice::label)
        .findFirst()
        .orElse(query.item());
  }

  /** A stored time in the site's zone, e.g. {@code 2026-03-02 10:15 CET}. */
  public String siteTime(java.time.Instant instant) {
    return PanelActions.siteTime(instant, review.siteZone());
  }

  /** What a signature confirms, exactly as it is stored with it. */
  public String getMeaning() {
    return FormSignature.MEANING;
  }

  /** The form the panel shows (its subject and visit, for signing them as a whole). */
  public FormAddress getAddress() {
    return address;
  }

  public FormReview getReview() {
    return review;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getQueryTarget() {
    return queryTarget;
  }

  public void setQueryTarget(String queryTarget) {
    this.queryTarget = queryTarget;
  }

  public String getQueryText() {
    return queryText;
  }

  public void setQueryText(String queryText) {
    this.queryText = queryText;
  }

  public Map<Long, String> getReplies() {
    return replies;
  }
}
