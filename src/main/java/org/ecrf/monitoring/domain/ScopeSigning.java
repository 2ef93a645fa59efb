package org.ecrf.monitoring.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.security.domain.Role;

/**
 * Whether an investigator may sign a whole visit or casebook with one password entry, and which
 * forms that signs. Every stored form in the scope must be signable by the form's own rule ({@link
 * FormLifecycle}: complete or verified, nothing left to verify, no query open) or carry a valid
 * signature already (it is left as it is); one form that is neither blocks the whole signing, and
 * the refusal lists each such form with its reason. Decisions: forms not started are not part of
 * the scope (nothing is stored to sign); a scope with nothing to sign is refused; a frozen or
 * locked form without a valid signature blocks (a data manager must reopen it first).
 *
 * @param <F> how the caller names a form (its address)
 */
public final class ScopeSigning {

  private static final Set<Role> SIGNER = EnumSet.of(Role.INVESTIGATOR);

  private ScopeSigning() {}

  /**
   * One stored form of the scope.
   *
   * @param form the caller's name of the form
   * @param facts its state for the lifecycle rules
   * @param signed whether a valid signature covers it already
   */
  public record Candidate<F>(F form, FormFacts facts, boolean signed) {
    public Candidate {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(facts, "facts");
    }
  }

  /** A form that blocks the signing, and why. */
  public record Blocker<F>(F form, String reason) {}

  /**
   * The outcome: the forms to sign now, those signed already, and the blockers (when any, nothing
   * is signed).
   */
  public record Plan<F>(List<F> toSign, List<F> alreadySigned, List<Blocker<F>> blockers) {
    public Plan {
      toSign = List.copyOf(toSign);
      alreadySigned = List.copyOf(alreadySigned);
      blockers = List.copyOf(blockers);
    }

    public boolean isBlocked() {
      return !blockers.isEmpty() || toSign.isEmpty();
    }
  }

  /** Judges every stored form of the scope. */
  public static <F> Plan<F> plan(List<Candidate<F>> forms) {
    List<F> toSign = new ArrayList<>();
    List<F> alreadySigned = new ArrayList<>();
    List<Blocker<F>> blockers = new ArrayList<>();
    for (Candidate<F> candidate : forms) {
      if (candidate.signed()) {
        alreadySigned.add(candidate.form());
        continue;
      }
      TransitionDecision decision =
          FormLifecycle.decide(candidate.facts(), FormStatus.SIGNED, SIGNER, null);
      if (decision.isAllowed()) {
        toSign.add(candidate.form());
      } else {
        blockers.add(new Blocker<>(candidate.form(), decision.reason()));
      }
    }
    return new Plan<>(toSign, alreadySigned, blockers);
  }
}
