package org.ecrf.entry.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.domain.AlgorithmOutput;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * The one validation engine of data entry. The live page (after each change), the authoritative
 * save, the REST import of ODM ClinicalData and central-lab imports all call {@link #evaluate}, so
 * the same input always gives the same messages.
 *
 * <p>Order of work: match the input to the form ({@link FormScope}); read every entered value as
 * its type, length, code list and unit ({@link ValueReader}); decide what is collected ({@link
 * SkipLogic}); run range checks on valid, collected values ({@link RangeCheckEvaluator}); compute
 * derived items from valid values only ({@link DerivedItemEvaluator}); list mandatory items still
 * empty ({@link MandatoryItems}). Any input text gives messages, never an exception.
 */
public final class FormEvaluator {

  private final StudyDefinition definition;
  private final FormScope scope;
  private final Map<ItemPath, ValueReader.Reading> readings;
  private final SkipLogic skipLogic;
  private final boolean formCollected;
  private final SkipLogic.Visibility visibility;
  private final RangeCheckEvaluator ranges;
  private final DerivedItemEvaluator derived;
  private final Map<ItemPath, List<CheckMessage>> checks = new LinkedHashMap<>();

  private FormEvaluator(
      StudyDefinition definition,
      FormDef form,
      FormValues values,
      EntryContext context,
      Derivations derivations) {
    this.definition = definition;
    this.scope = FormScope.of(definition, form, values);
    ValueReader reader = new ValueReader(definition);
    this.readings = read(reader);
    this.skipLogic =
        new SkipLogic(definition, context.expressionContext(), scope.slots(), comparable());
    this.formCollected = isCollected(form.oid(), context);
    this.visibility = skipLogic.resolve(formCollected);
    this.ranges =
        new RangeCheckEvaluator(new UnitConversions(definition), context.expressionContext());
    this.derived = new DerivedItemEvaluator(definition, context, derivations, reader, ranges);
  }

  /**
   * Evaluates a form's values.
   *
   * @param definition the study definition (MetaDataVersion) the form is entered under
   * @param formOid the FormDef
   * @param values what the form holds, as entered
   * @param context subject, subject facts and visit
   * @param derivations computes derived items ({@link ScoreDerivations}, plus dosing advice)
   * @throws IllegalArgumentException when the definition has no such form (a caller's error, not an
   *     input's)
   */
  public static FormEvaluation evaluate(
      StudyDefinition definition,
      String formOid,
      FormValues values,
      EntryContext context,
      Derivations derivations) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(derivations, "derivations");
    FormDef form =
        definition
            .form(formOid)
            .orElseThrow(
                () -> new IllegalArgumentException("Form " + formOid + " is not in " + definition));
    return new FormEvaluator(definition, form, values, context, derivations).run(form);
  }

  private FormEvaluation run(FormDef form) {
    checkEnteredValues();
    List<GroupEvaluation> groups = new ArrayList<>();
    for (FormScope.Slot slot : scope.slots()) {
      groups.add(evaluate(slot));
    }
    List<CheckMessage> missing =
        new MandatoryItems(definition, skipLogic, visibility)
            .missing(form.itemGroupRefs(), scope.slots(), groups, formCollected);
    return new FormEvaluation(
        FormShape.of(definition, form), formCollected, groups, scope.messages(), missing);
  }

  /** Every non-empty entered value of a non-derived item, read as its type. */
  private Map<ItemPath, ValueReader.Reading> read(ValueReader reader) {
    Map<ItemPath, ValueReader.Reading> read = new LinkedHashMap<>();
    for (FormScope.Slot slot : scope.slots()) {
      for (ItemRef ref : slot.group().itemRefs()) {
        EnteredValue entered = slot.entered(ref.itemOid());
        if (!entered.isEmpty() && definition.derivationOf(ref).isEmpty()) {
          ItemPath path = ItemPath.of(slot.key(), ref.itemOid());
          read.put(path, reader.read(path, itemDef(ref), entered));
        }
      }
    }
    return read;
  }

  private Map<ItemPath, String> comparable() {
    Map<ItemPath, String> texts = new LinkedHashMap<>();
    readings.forEach((path, reading) -> texts.put(path, reading.value().comparableText()));
    return texts;
  }

  /** Type problems and range checks of every collected entered value. */
  private void checkEnteredValues() {
    for (FormScope.Slot slot : scope.slots()) {
      Map<String, String> slotScope = skipLogic.scope(slot, visibility);
      for (ItemRef ref : slot.group().itemRefs()) {
        ItemPath path = ItemPath.of(slot.key(), ref.itemOid());
        ValueReader.Reading reading = readings.get(path);
        if (reading == null || visibility.isHidden(path)) {
          continue;
        }
        List<CheckMessage> messages = new ArrayList<>();
        reading.problem().ifPresent(messages::add);
        if (reading.isValid()) {
          boolean confirmed = slot.entered(ref.itemOid()).warningConfirmed();
          messages.addAll(ranges.check(path, itemDef(ref), reading.value(), confirmed, slotScope));
        }
        checks.put(path, messages);
      }
    }
  }

  private GroupEvaluation evaluate(FormScope.Slot slot) {
    Map<String, String> slotScope = skipLogic.scope(slot, visibility);
    Map<String, String> inputs = validInputs(slot);
    List<ItemEvaluation> items = new ArrayList<>();
    for (ItemRef ref : slot.group().itemRefs()) {
      items.add(evaluate(slot, ref, slotScope, inputs));
    }
    return new GroupEvaluation(slot.key(), !visibility.isHidden(slot.key()), items);
  }

  private ItemEvaluation evaluate(
      FormScope.Slot slot, ItemRef ref, Map<String, String> slotScope, Map<String, String> inputs) {
    ItemPath path = ItemPath.of(slot.key(), ref.itemOid());
    EnteredValue entered = slot.entered(ref.itemOid());
    Optional<AlgorithmOutput> algorithm = definition.derivationOf(ref);
    if (visibility.isHidden(path)) {
      EnteredValue kept = algorithm.isPresent() ? EnteredValue.EMPTY : entered;
      return new ItemEvaluation(
          path, ItemStatus.HIDDEN, kept, Optional.empty(), Optional.empty(), List.of());
    }
    if (algorithm.isPresent()) {
      return derived.evaluate(path, itemDef(ref), algorithm.get(), entered, inputs, slotScope);
    }
    Optional<ItemValue> value =
        Optional.ofNullable(readings.get(path)).map(ValueReader.Reading::value);
    return new ItemEvaluation(
        path,
        ItemStatus.ENTERED,
        entered,
        value,
        Optional.empty(),
        checks.getOrDefault(path, List.of()));
  }

  /**
   * The valid, collected values a derived item of the instance may use, by item OID: those of the
   * non-repeating sections, then the instance's own.
   */
  private Map<String, String> validInputs(FormScope.Slot slot) {
    Map<String, String> inputs = new LinkedHashMap<>();
    scope.slots().stream()
        .filter(other -> !other.group().repeating())
        .forEach(other -> inputs.putAll(validValues(other)));
    inputs.putAll(validValues(slot));
    return inputs;
  }

  private Map<String, String> validValues(FormScope.Slot slot) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ItemRef ref : slot.group().itemRefs()) {
      ItemPath path = ItemPath.of(slot.key(), ref.itemOid());
      List<CheckMessage> found = checks.get(path);
      if (found != null && found.stream().noneMatch(CheckMessage::blocksSaving)) {
        values.put(ref.itemOid(), readings.get(path).value().comparableText());
      }
    }
    return values;
  }

  /**
   * False when the form's FormRef in the visit's study event has a CollectionExceptionCondition
   * that holds (it sees only the {@code $} variables). A form the event does not list is collected:
   * which forms a visit offers is the caller's business.
   */
  private boolean isCollected(String formOid, EntryContext context) {
    Optional<String> condition =
        definition.event(context.visit().studyEventOid()).stream()
            .flatMap(event -> event.formRefs().stream())
            .filter(ref -> ref.formOid().equals(formOid))
            .findFirst()
            .flatMap(FormRef::collectionExceptionConditionOid);
    return !skipLogic.holdsForForm(condition);
  }

  private ItemDef itemDef(ItemRef ref) {
    return definition
        .item(ref.itemOid())
        .orElseThrow(
            () -> new IllegalArgumentException("ItemRef to undefined item " + ref.itemOid()));
  }
}
