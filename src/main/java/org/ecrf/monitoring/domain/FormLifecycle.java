package org.ecrf.monitoring.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.security.domain.Role;

/**
 * The form status lifecycle of issue 7 and who may move a form along it: in progress (first save) →
 * complete (site staff; no errors, no required data missing) → verified (monitor; every item the
 * SDV plan names verified) → signed (investigator; nothing left to verify, no open query) → frozen
 * → locked (data manager); a data manager reopens a frozen or locked form with a reason. A save of
 * changed data sends a complete, verified or signed form back to in progress ({@link
 * #afterDataChange}); that move is the platform's, not a user's.
 *
 * <p>Decisions where the issue leaves room: a complete form with nothing to verify (SDV plan NONE,
 * or every item verified) may be signed without the monitor's verified step; a data manager may
 * freeze a form in any unfrozen status (a study lock freezes whatever is there); a form is locked
 * only from frozen; any query not closed (open or answered) blocks signing.
 */
public final class FormLifecycle {

  private static final Map<FormStatus, Rule> RULES = new EnumMap<>(FormStatus.class);

  static {
    RULES.put(
        FormStatus.COMPLETE,
        new Rule(
            EnumSet.of(Role.INVESTIGATOR, Role.NURSE),
            EnumSet.of(FormStatus.IN_PROGRESS),
            "marked complete",
            "an investigator or study nurse of the subject's site"));
    RULES.put(
        FormStatus.VERIFIED,
        new Rule(
            EnumSet.of(Role.MONITOR),
            EnumSet.of(FormStatus.COMPLETE),
            "marked verified",
            "a monitor of the subject's site"));
    RULES.put(
        FormStatus.SIGNED,
        new Rule(
            EnumSet.of(Role.INVESTIGATOR),
            EnumSet.of(FormStatus.COMPLETE, FormStatus.VERIFIED),
            "signed",
            "an investigator of the subject's site"));
    RULES.put(
        FormStatus.FROZEN,
        new Rule(
            EnumSet.of(Role.DATA_MANAGER),
            EnumSet.of(
                FormStatus.IN_PROGRESS,
                FormStatus.COMPLETE,
                FormStatus.VERIFIED,
                FormStatus.SIGNED),
            "frozen",
            "a data manager"));
    RULES.put(
        FormStatus.LOCKED,
        new Rule(
            EnumSet.of(Role.DATA_MANAGER),
            EnumSet.of(FormStatus.FROZEN),
            "locked",
            "a data manager"));
    RULES.put(
        FormStatus.IN_PROGRESS,
        new Rule(
            EnumSet.of(Role.DATA_MANAGER),
            EnumSet.of(FormStatus.FROZEN, FormStatus.LOCKED),
            "reopened",
            "a data manager"));
  }

  private FormLifecycle() {}

  /**
   * Whether a caller holding {@code roles} at the subject's site may move the form to {@code
   * target}. Roles are checked first (a caller who may never make the move learns nothing about the
   * form's state), then the current status, then the conditions of the target.
   *
   * @param reason the caller's reason; required to reopen a frozen or locked form
   */
  public static TransitionDecision decide(
      FormFacts form, FormStatus target, Set<Role> roles, String reason) {
    Rule rule = RULES.get(target);
    if (roles.stream().noneMatch(rule.roles()::contains)) {
      return TransitionDecision.notPermitted(
          "Only " + rule.who() + " may have a form " + rule.verb() + ".");
    }
    if (form.status() == target) {
      return TransitionDecision.conflict("The form is " + label(target) + " already.");
    }
    if (!rule.from().contains(form.status())) {
      return TransitionDecision.conflict(wrongStatus(form.status(), target, rule));
    }
    return guard(form, target, reason);
  }

  /** The roles that make moves to {@code target} (at the subject's site, or study-wide). */
  public static Set<Role> rolesFor(FormStatus target) {
    return EnumSet.copyOf(RULES.get(target).roles());
  }

  /**
   * Whether the move to {@code target} is one a caller with {@code roles} is offered for a form in
   * {@code current} (a page shows the button); its conditions are checked when it is made ({@link
   * #decide}), so that a refusal can say what is missing.
   */
  public static boolean offers(FormStatus current, FormStatus target, Set<Role> roles) {
    Rule rule = RULES.get(target);
    return rule.from().contains(current) && roles.stream().anyMatch(rule.roles()::contains);
  }

  /**
   * The status after a save changed the form's data: complete, verified and signed forms return to
   * in progress (their verification and signature no longer cover the data); others keep theirs.
   */
  public static FormStatus afterDataChange(FormStatus status) {
    return switch (status) {
      case COMPLETE, VERIFIED, SIGNED -> FormStatus.IN_PROGRESS;
      case IN_PROGRESS, FROZEN, LOCKED -> status;
    };
  }

  /**
   * True when a monitor's verification of the last pending items makes a complete form verified.
   */
  public static boolean becomesVerified(FormFacts form) {
    return form.status() == FormStatus.COMPLETE && form.sdvPending().isEmpty();
  }

  /** The status in words, for messages: {@code in progress}, {@code complete}... */
  public static String label(FormStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static TransitionDecision guard(FormFacts form, FormStatus target, String reason) {
    return switch (target) {
      case COMPLETE -> completeness(form);
      case VERIFIED ->
          form.sdvPending().isEmpty()
              ? TransitionDecision.allowed()
              : TransitionDecision.conflict(
                  "The form cannot be marked verified: "
                      + awaiting(form.sdvPending())
                      + " source data verification.");
      case SIGNED -> signability(form);
      case IN_PROGRESS ->
          reason == null || reason.isBlank()
              ? TransitionDecision.conflict(
                  "Reopening a " + label(form.status()) + " form needs a reason.")
              : TransitionDecision.allowed();
      case FROZEN, LOCKED -> TransitionDecision.allowed();
    };
  }

  private static TransitionDecision completeness(FormFacts form) {
    if (!form.errors().isEmpty()) {
      return TransitionDecision.conflict(
          "The form cannot be marked complete while it has errors: "
              + String.join("; ", form.errors()));
    }
    if (!form.missingMandatory().isEmpty()) {
      return TransitionDecision.conflict(
          "The form cannot be marked complete: required data are missing: "
              + String.join("; ", form.missingMandatory()));
    }
    return TransitionDecision.allowed();
  }

  private static TransitionDecision signability(FormFacts form) {
    if (!form.sdvPending().isEmpty()) {
      return TransitionDecision.conflict(
          "The form cannot be signed before source data verification: "
              + awaiting(form.sdvPending())
              + " it.");
    }
    if (form.openQueries() > 0) {
      return TransitionDecision.conflict(
          "The form cannot be signed while "
              + (form.openQueries() == 1
                  ? "a query on it is open"
                  : form.openQueries() + " queries on it are open")
              + "; they must be closed first.");
    }
    return TransitionDecision.allowed();
  }

  private static String awaiting(List<String> items) {
    return (items.size() == 1 ? "1 item awaits" : items.size() + " items await")
        + " ("
        + String.join(", ", items)
        + ")";
  }

  private static String wrongStatus(FormStatus current, FormStatus target, Rule rule) {
    if (target == FormStatus.IN_PROGRESS) {
      return "A "
          + label(current)
          + " form is not reopened by hand: it returns to in progress when its data change.";
    }
    return "A form that is "
        + label(current)
        + " cannot be "
        + rule.verb()
        + "; it must be "
        + rule.from().stream().map(FormLifecycle::label).collect(Collectors.joining(" or "))
        + " first.";
  }

  private record Rule(Set<Role> roles, Set<FormStatus> from, String verb, String who) {}
}
