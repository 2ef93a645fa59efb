package org.ecrf.entry.web;

import java.io.Serializable;
import java.time.Instant;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.web.FormRenderModel;
import org.ecrf.entry.application.FormSession;
import org.ecrf.entry.domain.FormStatus;

/**
 * What the entry page says above the form: whose form, which visit, its status, the definition
 * version it is entered under and who saved it last.
 */
public record FormHeader(
    String subjectKey,
    String visitName,
    boolean repeatingVisit,
    String formTitle,
    String status,
    String metaDataVersion,
    Instant savedAt,
    String savedBy)
    implements Serializable {

  static FormHeader of(FormSession session, FormRenderModel layout) {
    StudyEventDef event = session.definition().event(session.address().eventOid()).orElseThrow();
    return new FormHeader(
        session.address().subjectKey(),
        event.name(),
        event.repeating(),
        layout.title(),
        session.status().map(FormStatus::name).orElse("NOT_STARTED"),
        session.definition().header().metaDataVersionOid(),
        session.updatedAt().orElse(null),
        session.updatedBy().orElse(""));
  }
}
