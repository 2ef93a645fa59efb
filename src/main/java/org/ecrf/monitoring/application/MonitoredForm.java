package org.ecrf.monitoring.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.FormSession;
import org.ecrf.entry.domain.CheckMessage;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.FormFacts;
import org.ecrf.monitoring.domain.FormSignature;
import org.ecrf.monitoring.domain.SdvMark;
import org.ecrf.monitoring.domain.SdvRequirement;
import org.ecrf.shared.ConflictException;
import org.ecrf.subject.domain.Subject;

/**
 * A form as monitoring sees it at one moment: the entry session (definition, stored values and
 * their evaluation), the stored row if the form was started, the items its SDV plan asks to verify
 * and the marks it has, its unresolved queries and its valid signature.
 */
record MonitoredForm(
    FormAddress address,
    Subject subject,
    FormSession session,
    Optional<FormData> form,
    List<ItemPath> sdvRequired,
    List<SdvMark> marks,
    List<DataQuery> unresolvedQueries,
    Optional<FormSignature> signature) {

  List<ItemPath> sdvPending() {
    return SdvRequirement.pending(sdvRequired, marks.stream().map(SdvMark::item).toList());
  }

  /** The stored form; a form not started has no status to move and nothing to verify. */
  FormData started() {
    return form.orElseThrow(
        () ->
            new ConflictException(
                address.formOid()
                    + " of "
                    + address.subjectKey()
                    + " at "
                    + address.eventOid()
                    + " has not been started: nothing is stored yet."));
  }

  FormFacts facts() {
    return new FormFacts(
        started().status(),
        session.evaluation().errors().stream().map(MonitoredForm::describe).toList(),
        session.evaluation().missingMandatory().stream().map(MonitoredForm::describe).toList(),
        sdvPending().stream().map(ItemPath::toString).toList(),
        unresolvedQueries.size());
  }

  private static String describe(CheckMessage message) {
    return message.path() + " (" + message.text(Locale.ENGLISH) + ")";
  }
}
