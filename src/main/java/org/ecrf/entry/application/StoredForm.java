package org.ecrf.entry.application;

import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.subject.domain.Subject;

/**
 * A form as stored, read before it is judged: its address, the subject, the visit and the form when
 * they have been started, the definition the form is entered under (the study's current one for a
 * form not started) and the subject and visit facts its checks use.
 */
public record StoredForm(
    FormAddress address,
    Subject subject,
    Optional<StudyEventData> event,
    Optional<FormData> form,
    StudyDefinition definition,
    EntryContext context) {

  public FormValues values() {
    return form.map(FormData::storedValues).orElse(FormValues.empty());
  }

  /** The stored version, {@link FormSession#NOT_STARTED} for a form not started. */
  public int version() {
    return form.map(FormData::version).orElse(FormSession.NOT_STARTED);
  }

  public boolean started() {
    return form.isPresent();
  }
}
