package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * What is left to verify against the source documents: every stored form of the subjects the caller
 * sees whose SDV plan still names unverified item values, by site, subject and visit. For monitors
 * (their sites) and data managers (every site).
 */
@ApplicationScoped
public class SdvWorklist {

  @Inject private SubjectService subjects;
  @Inject private SdvProgress progress;
  @Inject private CurrentUser currentUser;

  /** The forms awaiting SDV, by site, subject and visit order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SdvWork> openWork(String studyOid) {
    if (!currentUser.access().hasAnyRole(Role.MONITOR, Role.DATA_MANAGER)) {
      throw new AccessDeniedException("The SDV worklist is for monitors and data managers");
    }
    List<SdvWork> work = new ArrayList<>();
    for (Subject subject : subjects.visibleSubjects(studyOid)) {
      for (SdvProgress.FormProgress form : progress.of(studyOid, subject)) {
        if (form.pending() > 0) {
          work.add(
              new SdvWork(
                  subject.site().code(),
                  subject.subjectKey(),
                  form.address().eventOid(),
                  form.address().eventRepeat(),
                  form.eventName(),
                  form.address().formOid(),
                  form.formName(),
                  form.form().status().name(),
                  form.required(),
                  form.pending(),
                  form.form().status().acceptsChanges()
                      && currentUser.access().hasRoleAtSite(Role.MONITOR, subject.site().code())));
        }
      }
    }
    return work;
  }

  /**
   * A form with item values left to verify.
   *
   * @param site the subject's site
   * @param subjectKey the subject
   * @param eventOid the visit
   * @param eventRepeat its repeat key
   * @param eventName the visit's name
   * @param formOid the form
   * @param formName the form's name
   * @param status the form's status
   * @param required the item values its SDV plan names
   * @param pending how many of them await verification
   * @param verifiable whether the caller may verify them now (a monitor of the site; the form not
   *     frozen or locked)
   */
  public record SdvWork(
      String site,
      String subjectKey,
      String eventOid,
      int eventRepeat,
      String eventName,
      String formOid,
      String formName,
      String status,
      int required,
      int pending,
      boolean verifiable)
      implements Serializable {}
}
