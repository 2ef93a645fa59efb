package org.ecrf.monitoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ecrf.entry.domain.ChangeType;
import org.ecrf.entry.domain.CheckKind;
import org.ecrf.entry.domain.CheckMessage;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.entry.domain.Severity;

/**
 * Which values of a save get an automatic query: each entered value stored (new or changed) or
 * confirmed with this save while a soft range check fails on it, unless the item has an automatic
 * query still unresolved. A value confirmed at entry gets a query asking the site to check it
 * against the source; a value stored without confirmation (an import leaves warnings open) gets one
 * asking to correct or confirm it.
 */
public final class FailedSoftChecks {

  private FailedSoftChecks() {}

  /**
   * The queries to raise, in form order.
   *
   * @param evaluation the evaluation of the saved values
   * @param changes the values the save wrote
   * @param confirmed the items whose warning the save confirmed
   * @param alreadyQueried items with an unresolved automatic query
   */
  public static List<AutomaticQuery> queriesFor(
      FormEvaluation evaluation,
      List<ItemChange> changes,
      Collection<ItemPath> confirmed,
      Collection<ItemPath> alreadyQueried) {
    Set<ItemPath> candidates = new LinkedHashSet<>();
    changes.stream()
        .filter(change -> !change.derived() && change.type() != ChangeType.REMOVE)
        .map(ItemChange::path)
        .forEach(candidates::add);
    candidates.addAll(confirmed);
    candidates.removeAll(Set.copyOf(alreadyQueried));
    List<AutomaticQuery> queries = new ArrayList<>();
    for (CheckMessage warning : evaluation.warnings()) {
      if (warning.kind() == CheckKind.RANGE
          && warning.severity() == Severity.WARNING
          && candidates.remove(warning.path())) {
        queries.add(new AutomaticQuery(warning.path(), text(evaluation, warning)));
      }
    }
    return queries;
  }

  private static String text(FormEvaluation evaluation, CheckMessage warning) {
    String value =
        evaluation
            .item(warning.path())
            .map(item -> item.entered().stripped())
            .filter(text -> !text.isEmpty())
            .map(text -> " (value " + text + ")")
            .orElse("");
    String check = warning.text(Locale.ENGLISH) + value + ".";
    return warning.confirmed()
        ? "Soft check failed and the value was confirmed at entry: "
            + check
            + " Please check it against the source document."
        : "Soft check failed: "
            + check
            + " Please check the value against the source document, then correct or confirm it.";
  }

  /** A query the platform raises on an item value, with its question. */
  public record AutomaticQuery(ItemPath item, String question) {}
}
