package org.ecrf.entry.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.domain.AlgorithmOutput;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * What a derived item is computed from: the algorithm output its MethodDef names, the valid values
 * the item can see on its form, and the entry context (for data of other forms, such as the trough
 * level that dosing advice needs, an implementation looks them up by subject and visit).
 *
 * @param definition the study definition the form is entered under
 * @param path the derived item
 * @param algorithm the algorithm and output, e.g. {@code PUCAI/1:total}
 * @param values item OID to value for every valid, collected value in scope (the item's own
 *     instance and the form's non-repeating groups): numbers in the item's standard unit, other
 *     values as canonical text
 * @param context subject, subject facts and visit
 */
public record DerivationRequest(
    StudyDefinition definition,
    ItemPath path,
    AlgorithmOutput algorithm,
    Map<String, String> values,
    EntryContext context) {

  public DerivationRequest {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(algorithm, "algorithm");
    values = Map.copyOf(values);
    Objects.requireNonNull(context, "context");
  }

  /** The value of an input item, if it is valid and collected. */
  public Optional<String> value(String itemOid) {
    return Optional.ofNullable(values.get(itemOid));
  }

  /** The standard unit an input item's value is in, if the item has units. */
  public Optional<String> standardUnitOid(String itemOid) {
    return definition.item(itemOid).flatMap(item -> item.domain().standardUnitOid());
  }
}
