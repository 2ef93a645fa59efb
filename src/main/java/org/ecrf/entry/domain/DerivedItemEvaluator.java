package org.ecrf.entry.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.domain.AlgorithmOutput;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * Evaluates a collected derived item: asks the {@link Derivations} with the valid values in scope,
 * reads the computed value as the item's type (a value that does not fit is not stored and reported
 * as a warning for the data manager), runs the item's range checks on it, and says why there is no
 * value otherwise. A value entered for a derived item is never used; when it differs from the
 * computed one, a warning says so (an import may send another system's result).
 */
final class DerivedItemEvaluator {

  private static final Map<String, BuiltInText> SUBJECT_FACTS =
      Map.of(
          org.ecrf.scoring.domain.SubjectContext.SEX_KEY, BuiltInText.FACT_SEX,
          org.ecrf.scoring.domain.SubjectContext.BIRTH_MONTH_KEY, BuiltInText.FACT_BIRTH_MONTH,
          org.ecrf.scoring.domain.SubjectContext.ASSESSMENT_DATE_KEY, BuiltInText.FACT_VISIT_DATE);

  private static final int REASON_CHARACTERS = 300;

  private final StudyDefinition definition;
  private final EntryContext context;
  private final Derivations derivations;
  private final ValueReader reader;
  private final RangeCheckEvaluator ranges;

  DerivedItemEvaluator(
      StudyDefinition definition,
      EntryContext context,
      Derivations derivations,
      ValueReader reader,
      RangeCheckEvaluator ranges) {
    this.definition = definition;
    this.context = context;
    this.derivations = derivations;
    this.reader = reader;
    this.ranges = ranges;
  }

  /**
   * @param inputs the valid values in scope (item OID to comparable text)
   * @param scope the values range-check expressions see
   */
  ItemEvaluation evaluate(
      ItemPath path,
      ItemDef item,
      AlgorithmOutput algorithm,
      EnteredValue entered,
      Map<String, String> inputs,
      Map<String, String> scope) {
    DerivationOutcome outcome =
        Objects.requireNonNullElse(
            derivations.derive(new DerivationRequest(definition, path, algorithm, inputs, context)),
            new DerivationOutcome.NoValue("the derivation gave no outcome"));
    LocalizedText question = CheckTexts.question(item);
    List<CheckMessage> messages = new ArrayList<>();
    Optional<ItemValue> value = Optional.empty();
    if (outcome instanceof DerivationOutcome.Computed computed && !computed.value().isBlank()) {
      ValueReader.Reading reading = reader.read(path, item, EnteredValue.of(computed.value()));
      if (reading.isValid()) {
        value = Optional.of(reading.value());
        Map<String, String> withValue = new LinkedHashMap<>(scope);
        withValue.put(item.oid(), reading.value().comparableText());
        messages.addAll(
            ranges.check(path, item, reading.value(), entered.warningConfirmed(), withValue));
      } else {
        messages.add(derivationWarning(path, BuiltInText.DERIVED_VALUE_UNFIT, question, computed));
      }
    } else {
      messages.add(CheckMessage.info(CheckKind.DERIVATION, path, reason(outcome, question)));
    }
    String used = value.map(ItemValue::text).orElse("");
    if (!entered.isEmpty() && !entered.stripped().equals(used)) {
      messages.add(
          CheckMessage.warning(
              CheckKind.DERIVATION,
              path,
              CheckTexts.compose(BuiltInText.DERIVED_INPUT_IGNORED, question, entered.stripped())));
    }
    return new ItemEvaluation(
        path, ItemStatus.DERIVED, entered, value, Optional.of(outcome), messages);
  }

  private static CheckMessage derivationWarning(
      ItemPath path, BuiltInText text, LocalizedText question, DerivationOutcome.Computed value) {
    return CheckMessage.warning(
        CheckKind.DERIVATION, path, CheckTexts.compose(text, question, value.value()));
  }

  private LocalizedText reason(DerivationOutcome outcome, LocalizedText question) {
    if (outcome instanceof DerivationOutcome.Incomplete incomplete) {
      LocalizedText missing =
          CheckTexts.list(incomplete.itemOids().stream().map(this::label).toList());
      return CheckTexts.compose(BuiltInText.DERIVATION_INCOMPLETE, question, "", missing);
    }
    String reason =
        outcome instanceof DerivationOutcome.NoValue noValue ? noValue.reason() : "empty result";
    return CheckTexts.compose(
        BuiltInText.DERIVATION_NO_VALUE,
        question,
        "",
        CheckTexts.same(CheckTexts.printable(reason, REASON_CHARACTERS)));
  }

  /** An input's name for the nurse: the item's question, or the subject fact. */
  private LocalizedText label(String itemOid) {
    BuiltInText fact = SUBJECT_FACTS.get(itemOid);
    if (fact != null) {
      return CheckTexts.of(fact);
    }
    return definition.item(itemOid).map(CheckTexts::question).orElse(CheckTexts.same(itemOid));
  }
}
