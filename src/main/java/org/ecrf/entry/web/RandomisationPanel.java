package org.ecrf.entry.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.randomization.application.Allocation;
import org.ecrf.subject.domain.BlockingCriterion;
import org.ecrf.subject.domain.Eligibility;

/**
 * The randomisation box of the subject page: the allocation with date and user once randomised;
 * before that, every criterion of the eligibility form that still blocks, in the words of the form,
 * and whether the user may randomise.
 *
 * @param arm the allocated arm code, empty before randomisation
 * @param allocatedAt when, or null
 * @param allocatedBy who
 * @param blocking what blocks randomisation now (empty when eligible)
 * @param mayRandomise whether the user is an investigator or nurse of the child's site
 */
public record RandomisationPanel(
    String arm,
    Instant allocatedAt,
    String allocatedBy,
    List<Blocker> blocking,
    boolean mayRandomise)
    implements Serializable {

  static RandomisationPanel of(
      Optional<Allocation> allocation,
      Eligibility eligibility,
      StudyDefinition definition,
      Locale locale,
      boolean mayRandomise) {
    if (allocation.isPresent()) {
      Allocation done = allocation.get();
      return new RandomisationPanel(
          done.arm(), done.allocatedAt(), done.allocatedBy(), List.of(), false);
    }
    List<Blocker> blocking =
        eligibility.blocking().stream().map(b -> Blocker.of(b, definition, locale)).toList();
    return new RandomisationPanel("", null, "", blocking, mayRandomise);
  }

  public boolean randomised() {
    return !arm.isEmpty();
  }

  public boolean eligible() {
    return blocking.isEmpty();
  }

  /** One blocking criterion: the question as the eligibility form asks it, and why it blocks. */
  public record Blocker(String question, String reason) implements Serializable {

    static Blocker of(BlockingCriterion criterion, StudyDefinition definition, Locale locale) {
      String question =
          definition
              .item(criterion.itemOid())
              .map((ItemDef item) -> item.question(locale))
              .orElse(criterion.itemOid());
      return new Blocker(question, criterion.reason().name());
    }
  }
}
