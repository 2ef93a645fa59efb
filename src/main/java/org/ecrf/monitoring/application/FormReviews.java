package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.GroupInstance;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.application.FormReview.ItemChoice;
import org.ecrf.monitoring.application.FormReview.SdvItem;
import org.ecrf.monitoring.application.FormReview.SignatureLine;
import org.ecrf.monitoring.domain.FormSignature;
import org.ecrf.monitoring.domain.FormSignatureRepository;
import org.ecrf.monitoring.domain.SdvMark;
import org.ecrf.subject.domain.Subject;

/**
 * Builds the monitoring panel of a form page ({@link FormReview}) for the caller: a read of the
 * form, its marks, signature and queries, with the caller's blinding applied.
 */
@ApplicationScoped
public class FormReviews {

  @Inject private MonitoredForms forms;
  @Inject private MonitoringAccess access;
  @Inject private DataQueryService queries;
  @Inject private FormSignatureRepository signatures;
  @Inject private ScopeLockGuard scopeLocks;

  /**
   * The form's review for the caller, item questions in {@code locale}; read in one transaction, so
   * that the form's rows and the subject are read once.
   */
  @Transactional
  public FormReview review(FormAddress address, Locale locale) {
    MonitoredForm monitored = forms.load(address);
    Subject subject = monitored.subject();
    StudyDefinition definition = monitored.session().definition();
    Map<ItemPath, SdvMark> marks =
        monitored.marks().stream()
            .collect(Collectors.toMap(SdvMark::item, Function.identity(), (a, b) -> a));
    List<SdvItem> sdvItems = new ArrayList<>();
    for (ItemPath item : monitored.sdvRequired()) {
      if (access.sees(definition, subject, item.itemOid())) {
        SdvMark mark = marks.get(item);
        sdvItems.add(
            new SdvItem(
                item.itemOid(),
                label(definition, item.itemOid(), locale),
                rowOf(definition, item.group().itemGroupOid(), item.group().repeatKey()),
                mark != null,
                mark == null ? null : mark.verifiedBy(),
                mark == null ? null : mark.verifiedAt()));
      }
    }
    return new FormReview(
        monitored.form().map(form -> form.status().name()).orElse("NOT_STARTED"),
        monitored.form().flatMap(signatures::latestSignature).map(FormReviews::line).orElse(null),
        sdvItems,
        queriesOf(address),
        choices(monitored, definition, locale),
        access.rolesAt(subject),
        subject.site().zone(),
        scopeLocks.covering(subject).map(ScopeLockView::of).orElse(null));
  }

  /** The queries on the form, its items and its visit: unresolved first, each oldest first. */
  private List<QueryView> queriesOf(FormAddress address) {
    return queries.ofSubject(address.studyOid(), address.subjectKey()).stream()
        .filter(query -> query.event().equals(address.eventOid()))
        .filter(query -> query.eventRepeat() == address.eventRepeat())
        .filter(query -> query.form() == null || query.form().equals(address.formOid()))
        .sorted(
            Comparator.comparing((QueryView query) -> "CLOSED".equals(query.status()))
                .thenComparing(QueryView::id))
        .toList();
  }

  private List<ItemChoice> choices(
      MonitoredForm monitored, StudyDefinition definition, Locale locale) {
    List<ItemChoice> choices = new ArrayList<>();
    for (ItemGroupDef group : definition.itemGroupsOf(monitored.address().formOid())) {
      List<Integer> rows =
          group.repeating()
              ? monitored.session().stored().instances().stream()
                  .map(GroupInstance::key)
                  .filter(key -> key.itemGroupOid().equals(group.oid()))
                  .map(key -> key.repeatKey())
                  .sorted()
                  .toList()
              : List.of(1);
      for (int row : rows) {
        for (ItemRef ref : group.itemRefs()) {
          if (access.sees(definition, monitored.subject(), ref.itemOid())) {
            String label = label(definition, ref.itemOid(), locale);
            choices.add(
                new ItemChoice(
                    group.oid() + "|" + row + "|" + ref.itemOid(),
                    group.repeating() ? label + " (" + row + ")" : label));
          }
        }
      }
    }
    return choices;
  }

  private static Integer rowOf(StudyDefinition definition, String groupOid, int repeatKey) {
    boolean repeating = definition.itemGroup(groupOid).map(ItemGroupDef::repeating).orElse(false);
    return repeating ? repeatKey : null;
  }

  static String label(StudyDefinition definition, String itemOid, Locale locale) {
    return definition
        .item(itemOid)
        .map((ItemDef item) -> item.question(locale))
        .filter(Objects::nonNull)
        .filter(text -> !text.isBlank())
        .orElse(itemOid);
  }

  private static SignatureLine line(FormSignature signature) {
    return new SignatureLine(
        signature.signerName(),
        signature.signedBy(),
        signature.signedAt(),
        signature.meaning(),
        signature.voidedAt().orElse(null),
        signature.voidReason().orElse(null),
        signature.scope().name(),
        signature.scopeEvent().orElse(null));
  }
}
