package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.DataEntryService;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.FormSession;
import org.ecrf.entry.application.StoredForm;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.monitoring.domain.FormSignatureRepository;
import org.ecrf.monitoring.domain.SdvMarkRepository;
import org.ecrf.monitoring.domain.SdvRequirement;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.domain.Subject;

/**
 * Loads a form with what monitoring knows about it, for a caller who may see the subject (anyone
 * else gets "not found", as from data entry).
 */
@ApplicationScoped
public class MonitoredForms {

  @Inject private DataEntryService dataEntry;
  @Inject private SdvMarkRepository marks;
  @Inject private DataQueryRepository queries;
  @Inject private FormSignatureRepository signatures;

  @Transactional
  MonitoredForm load(FormAddress address) {
    StoredForm stored = dataEntry.read(address);
    FormSession session = dataEntry.open(stored);
    Subject subject = stored.subject();
    Optional<FormData> form = stored.form();
    return new MonitoredForm(
        address,
        subject,
        session,
        form,
        required(session, address.formOid()),
        form.map(marks::marksOf).orElse(List.of()),
        queries.unresolvedOfForm(
            subject, address.eventOid(), address.eventRepeat(), address.formOid()),
        form.flatMap(signatures::validSignature));
  }

  private static List<ItemPath> required(FormSession session, String formOid) {
    StudyDefinition definition = session.definition();
    FormDef form =
        definition
            .form(formOid)
            .orElseThrow(() -> new NotFoundException("No form " + formOid + " in the study"));
    return SdvRequirement.required(
        form.sdvPlan(), definition.itemGroupsOf(formOid), session.stored());
  }
}
