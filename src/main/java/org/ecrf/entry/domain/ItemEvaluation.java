package org.ecrf.entry.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's result for one item of one item group instance.
 *
 * @param path item group instance and item
 * @param status entered, derived or hidden
 * @param entered the value as entered (empty for a hidden derived item; for a derived item an
 *     entered value is never used)
 * @param value the value to store: the entered text with its unit (even when invalid, so the page
 *     can show it), or the computed value of a derived item; empty for no value and for a hidden
 *     item
 * @param derivation for a derived item, what the derivation gave
 * @param messages errors, warnings and notes about the item (MISSING is listed on the form)
 */
public record ItemEvaluation(
    ItemPath path,
    ItemStatus status,
    EnteredValue entered,
    Optional<ItemValue> value,
    Optional<DerivationOutcome> derivation,
    List<CheckMessage> messages) {

  public ItemEvaluation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(entered, "entered");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(derivation, "derivation");
    messages = List.copyOf(messages);
  }

  /** The item OID. */
  public String itemOid() {
    return path.itemOid();
  }

  /** False when a CollectionExceptionCondition hides the item. */
  public boolean isCollected() {
    return status != ItemStatus.HIDDEN;
  }

  /** True when no message blocks saving. */
  public boolean isValid() {
    return messages.stream().noneMatch(CheckMessage::blocksSaving);
  }

  /** A hidden item whose input still carries a value: the value must not be stored. */
  public boolean hasStaleValue() {
    return status == ItemStatus.HIDDEN && !entered.isEmpty();
  }
}
