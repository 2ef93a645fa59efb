package org.ecrf.entry.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.crf.web.FormRenderModel;
import org.ecrf.entry.application.DataEntryService;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.FormSession;
import org.ecrf.entry.application.SaveCommand;
import org.ecrf.entry.application.SaveOutcome;
import org.ecrf.entry.application.VisibleItems;
import org.ecrf.entry.domain.BlindedItems;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.shared.ConflictException;
import org.omnifaces.cdi.ViewScoped;

/**
 * The generic entry page ({@code entry/form.xhtml?study=&subject=&event=&repeat=&form=}): renders
 * any form of any loaded study from its definition, re-evaluates it on the server after every
 * change (skip logic, checks, derived scores) and saves it whole. Saving asks for a reason when
 * saved values change, and refuses, keeping what the user typed, when someone else saved the form
 * since it was opened.
 */
@Named
@ViewScoped
public class FormEntryView implements Serializable {

  @Inject private DataEntryService entry;
  @Inject private VisibleItems visibleItems;

  private String study;
  private String subject;
  private String event;
  private int repeat = 1;
  private String form;

  private FormAddress address;
  private FormRenderModel layout;
  private FormHeader header;
  private final FormEntryState state = new FormEntryState();
  private LiveState live = LiveState.NONE;
  private int version;
  private boolean editable;
  private String visitDate;
  private String reason;
  private List<PendingChange> pendingChanges = List.of();
  private boolean markMissing;
  private BlindedItems blinded = BlindedItems.NONE;

  public void load() {
    address = new FormAddress(study, subject, event, repeat, form);
    FormSession session = entry.open(address);
    layout = FormRenderModel.of(session.definition(), form, locale());
    blinded = visibleItems.blindedItems(address, session.definition());
    state.load(layout, blinded.strip(session.stored()));
    show(session);
  }

  private void show(FormSession session) {
    header = FormHeader.of(session, layout);
    version = session.version();
    editable = session.editable();
    visitDate = session.visitDate().map(LocalDate::toString).orElse("");
    markMissing = markMissing || session.started();
    live = LiveState.of(session.evaluation(), locale(), markMissing, blinded);
  }

  /** Runs after every change of a value: what is shown, checked and derived now. */
  public void reevaluate() {
    Optional<LocalDate> date = visitDate();
    FormEvaluation evaluation = entry.evaluate(address, state.values(layout), date);
    live = LiveState.of(evaluation, locale(), markMissing, blinded);
  }

  public void addRow(String groupOid) {
    state.addRow(groupOid);
    reevaluate();
  }

  public void removeRow(String groupOid, int row) {
    state.removeRow(groupOid, row);
    reevaluate();
  }

  public void save() {
    reason = null;
    saveWith(null);
  }

  /** The second step of a save that changes saved values: the reason given in the dialog. */
  public void saveWithReason() {
    if (reason == null || reason.isBlank()) {
      Feedback.error(Texts.get("entry.reasonMissing"));
      return;
    }
    saveWith(reason.strip());
  }

  private void saveWith(String reasonForChange) {
    pendingChanges = List.of();
    if (!visitDateIsValid()) {
      Feedback.error(Texts.get("entry.visitDateInvalid", visitDate));
      return;
    }
    Optional<LocalDate> date = visitDate();
    SaveCommand command =
        new SaveCommand(
            address,
            state.values(layout),
            Optional.of(version),
            reasonForChange,
            date,
            AuditSource.PAGE);
    try {
      handle(entry.save(command));
    } catch (ConflictException e) {
      Feedback.error(e.getMessage());
    }
  }

  private void handle(SaveOutcome outcome) {
    markMissing = true;
    live = LiveState.of(outcome.evaluation(), locale(), markMissing, blinded);
    switch (outcome.status()) {
      case SAVED -> {
        FormSession session = entry.open(address);
        state.load(layout, blinded.strip(session.stored()));
        show(session);
        reason = null;
        Feedback.info(Texts.get("entry.saved", outcome.changes().size()));
      }
      case REFUSED -> Feedback.error(Texts.get("entry.refused", live.errors()));
      case REASON_REQUIRED ->
          pendingChanges =
              PendingChange.of(
                  outcome.changes().stream()
                      .filter(change -> !blinded.contains(change.path().itemOid()))
                      .toList(),
                  layout);
    }
  }

  /** The visit date as typed; empty when none or not a date (see {@link #visitDateIsValid}). */
  private Optional<LocalDate> visitDate() {
    return visitDate != null && !visitDate.isBlank() && visitDateIsValid()
        ? Optional.of(LocalDate.parse(visitDate.strip()))
        : Optional.empty();
  }

  private boolean visitDateIsValid() {
    if (visitDate == null || visitDate.isBlank()) {
      return true;
    }
    try {
      LocalDate.parse(visitDate.strip());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The state key of one item of one row, as the page addresses it. */
  public String key(String groupOid, int row, String itemOid) {
    return FormEntryState.key(groupOid, row, itemOid);
  }

  public LiveState.ItemLive item(String groupOid, int row, String itemOid) {
    return live.item(key(groupOid, row, itemOid));
  }

  /**
   * True when the caller is blinded to the item for this child: the page shows "blinded" and holds
   * neither its value nor an input for it.
   */
  public boolean blinded(String itemOid) {
    return blinded.contains(itemOid);
  }

  /** Keys of the items skip logic hides now, for the page script that hides their fields. */
  public String getHiddenItems() {
    return String.join(" ", live.hiddenKeys());
  }

  public List<Integer> rows(String groupOid) {
    return state.rows(groupOid);
  }

  public boolean isReasonRequested() {
    return !pendingChanges.isEmpty();
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getEvent() {
    return event;
  }

  public void setEvent(String event) {
    this.event = event;
  }

  public int getRepeat() {
    return repeat;
  }

  public void setRepeat(int repeat) {
    this.repeat = repeat;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public FormRenderModel getLayout() {
    return layout;
  }

  public FormHeader getHeader() {
    return header;
  }

  public FormEntryState getState() {
    return state;
  }

  public LiveState getLive() {
    return live;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getVisitDate() {
    return visitDate;
  }

  public void setVisitDate(String visitDate) {
    this.visitDate = visitDate;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<PendingChange> getPendingChanges() {
    return pendingChanges;
  }
}
