package org.ecrf.entry.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the validation engine found for a form at a moment: per item group instance and item whether
 * it is collected, its value (typed, in the standard unit, or derived) and its messages; plus the
 * messages about the input's structure and the mandatory items still empty. Immutable; the same
 * input always gives an equal evaluation.
 *
 * @param shape the form's groups, derived items and units
 * @param collected false when the form's CollectionExceptionCondition in the visit holds (e.g. the
 *     PUCAI for a child with Crohn's disease): every item is then hidden
 * @param groups the item group instances in form order (rows by repeat key)
 * @param structureMessages errors about input that does not fit the form
 * @param missingMandatory collected mandatory items without a value (and mandatory repeating
 *     sections without rows); they block marking the form complete, not saving it
 */
public record FormEvaluation(
    FormShape shape,
    boolean collected,
    List<GroupEvaluation> groups,
    List<CheckMessage> structureMessages,
    List<CheckMessage> missingMandatory) {

  public FormEvaluation {
    Objects.requireNonNull(shape, "shape");
    groups = List.copyOf(groups);
    structureMessages = List.copyOf(structureMessages);
    missingMandatory = List.copyOf(missingMandatory);
  }

  /** The FormDef OID. */
  public String formOid() {
    return shape.formOid();
  }

  /** Every item evaluation, in form order. */
  public List<ItemEvaluation> items() {
    return groups.stream().flatMap(group -> group.items().stream()).toList();
  }

  /** An item group instance. */
  public Optional<GroupEvaluation> group(ItemGroupKey key) {
    return groups.stream().filter(group -> group.key().equals(key)).findFirst();
  }

  /** An item of an instance. */
  public Optional<ItemEvaluation> item(ItemPath path) {
    return group(path.group()).flatMap(group -> group.item(path.itemOid()));
  }

  /** Every message except MISSING: structure first, then items in form order. */
  public List<CheckMessage> messages() {
    return Stream.concat(
            structureMessages.stream(), items().stream().flatMap(item -> item.messages().stream()))
        .toList();
  }

  /** The messages that block saving. */
  public List<CheckMessage> errors() {
    return messages().stream().filter(CheckMessage::blocksSaving).toList();
  }

  /** The warnings (soft range checks and derivation notices that do not block). */
  public List<CheckMessage> warnings() {
    return messages().stream().filter(m -> m.severity() == Severity.WARNING).toList();
  }

  /** Soft range-check warnings the user has not confirmed. */
  public List<CheckMessage> unconfirmedWarnings() {
    return messages().stream().filter(CheckMessage::awaitsConfirmation).toList();
  }

  /** True when the form cannot be saved. */
  public boolean hasErrors() {
    return messages().stream().anyMatch(CheckMessage::blocksSaving);
  }

  /** True when the form can be marked complete: no error and no mandatory item missing. */
  public boolean isComplete() {
    return !hasErrors() && missingMandatory.isEmpty();
  }

  /** Hidden items whose input still carries a value: it must not be stored. */
  public List<ItemPath> hiddenWithValue() {
    return items().stream()
        .filter(ItemEvaluation::hasStaleValue)
        .map(ItemEvaluation::path)
        .toList();
  }

  /**
   * The values of collected items by path in form order: entered values (as entered, even when
   * invalid, so the page can show them) and computed values. They may be stored only when {@link
   * #hasErrors()} is false; {@link ChangeSet} compares them with what is stored.
   */
  public Map<ItemPath, ItemValue> valuesToStore() {
    Map<ItemPath, ItemValue> values = new LinkedHashMap<>();
    for (ItemEvaluation item : items()) {
      item.value().ifPresent(value -> values.put(item.path(), value));
    }
    return Collections.unmodifiableMap(values);
  }
}
