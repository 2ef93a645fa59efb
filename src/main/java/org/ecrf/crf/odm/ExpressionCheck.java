package org.ecrf.crf.odm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.Expression;
import org.ecrf.crf.domain.ExpressionParser;
import org.ecrf.crf.domain.ExpressionSyntaxException;
import org.ecrf.crf.domain.FormalExpression;
import org.ecrf.crf.domain.OidKind;

/**
 * The FormalExpressions of ConditionDefs and RangeChecks: ours (Context="edc") must parse and name
 * defined items; those in other languages (XPath, SAS…) cannot be evaluated (an error for our
 * definitions, a warning for imports: the condition then never holds, the check is not applied). An
 * expression sees only the current form's items, so a condition on an item or section may only name
 * items of that same form, and a condition on a form or event only subject variables.
 */
final class ExpressionCheck {

  private final OidIndex index;
  private final FaultCollector faults;
  private final Map<String, Set<String>> formsOfGroup = new HashMap<>();
  private final Map<String, Set<String>> itemsOfForm = new HashMap<>();

  private ExpressionCheck(OidIndex index, FaultCollector faults) {
    this.index = index;
    this.faults = faults;
    for (OidIndex.Definition form : index.all(OidKind.FORM)) {
      Set<String> items = itemsOfForm.computeIfAbsent(form.oid(), oid -> new HashSet<>());
      for (OdmElement ref : form.element().children("ItemGroupRef")) {
        String group = ref.attributeOrEmpty("ItemGroupOID");
        formsOfGroup.computeIfAbsent(group, oid -> new HashSet<>()).add(form.oid());
        index
            .find(OidKind.ITEM_GROUP, group)
            .ifPresent(
                g -> g.children("ItemRef").forEach(i -> items.add(i.attributeOrEmpty("ItemOID"))));
      }
    }
  }

  static void check(OdmElement odm, OidIndex index, FaultCollector faults) {
    ExpressionCheck check = new ExpressionCheck(index, faults);
    Map<String, Optional<Expression>> conditions = new HashMap<>();
    for (OidIndex.Definition condition : index.all(OidKind.CONDITION)) {
      conditions.put(
          condition.oid(),
          check.expressionOf(
              condition.element(),
              "ConditionDef " + condition.oid(),
              "what it governs is always collected"));
    }
    for (OidIndex.Definition item : index.all(OidKind.ITEM)) {
      for (OdmElement rangeCheck : item.element().children("RangeCheck")) {
        if (!rangeCheck.children("FormalExpression").isEmpty()) {
          String owner = "RangeCheck of ItemDef " + item.oid();
          check
              .expressionOf(rangeCheck, owner, "the check is not applied")
              .ifPresent(
                  e ->
                      check.checkItemsOnForms(rangeCheck, owner, e, check.formsOfItem(item.oid())));
        }
      }
    }
    odm.selfAndDescendants().forEach(element -> check.checkUse(element, conditions));
  }

  /** The parsed edc expression of a ConditionDef or RangeCheck, reporting every fault. */
  private Optional<Expression> expressionOf(
      OdmElement owner, String description, String consequence) {
    List<OdmElement> expressions = owner.children("FormalExpression");
    Optional<OdmElement> ours =
        expressions.stream()
            .filter(e -> FormalExpression.EDC.equals(e.attributeOrEmpty("Context")))
            .findFirst();
    if (ours.isEmpty()) {
      String language =
          expressions.isEmpty()
              ? "has no FormalExpression"
              : "is written in "
                  + expressions.get(0).attribute("Context").orElse("an unnamed language");
      faults.strictError(
          FaultKind.UNEVALUABLE_EXPRESSION,
          expressions.isEmpty() ? owner : expressions.get(0),
          description
              + " "
              + language
              + ", which the platform cannot evaluate; "
              + consequence
              + ".");
      return Optional.empty();
    }
    try {
      Expression expression = ExpressionParser.parse(ours.get().text().strip());
      checkItemsExist(ours.get(), description, expression);
      return Optional.of(expression);
    } catch (ExpressionSyntaxException e) {
      faults.error(
          FaultKind.EXPRESSION,
          ours.get(),
          description
              + ": the expression does not parse at character "
              + e.position()
              + ": "
              + e.reason()
              + ".");
      return Optional.empty();
    }
  }

  private void checkItemsExist(OdmElement at, String description, Expression expression) {
    for (Expression.ItemValue item : expression.itemReferences()) {
      if (!index.contains(OidKind.ITEM, item.itemOid())) {
        String hint =
            index
                .nearest(OidKind.ITEM, item.itemOid())
                .map(n -> " (did you mean " + n + "?)")
                .orElse("");
        faults.error(
            FaultKind.EXPRESSION,
            at,
            description
                + ": the expression names "
                + item.itemOid()
                + " at character "
                + item.position()
                + ", which is not an ItemDef"
                + hint
                + ".");
      }
    }
  }

  /** A CollectionExceptionConditionOID use: which items may its condition read? */
  private void checkUse(OdmElement element, Map<String, Optional<Expression>> conditions) {
    Optional<Expression> expression =
        element
            .attribute("CollectionExceptionConditionOID")
            .flatMap(oid -> conditions.getOrDefault(oid, Optional.empty()));
    if (expression.isEmpty()) {
      return;
    }
    String condition = element.attributeOrEmpty("CollectionExceptionConditionOID");
    String use = element.displayName() + " using ConditionDef " + condition;
    if (element.isOdm("FormRef") || element.isOdm("StudyEventRef")) {
      expression.get().itemReferences().stream()
          .findFirst()
          .ifPresent(
              item ->
                  faults.error(
                      FaultKind.EXPRESSION,
                      element,
                      use
                          + ": the condition reads item "
                          + item.itemOid()
                          + ", but whether a form or event is"
                          + " collected can only depend on $DIAGNOSIS, $ARM, $SEX and $AGE."));
    } else if (element.isOdm("ItemGroupRef")) {
      Set<String> forms =
          element.attribute("ItemGroupOID").isPresent() ? formsContainingRef(element) : Set.of();
      checkItemsOnForms(element, use, expression.get(), forms);
    } else if (element.isOdm("ItemRef")) {
      checkItemsOnForms(element, use, expression.get(), formsOfItemRef(element));
    }
  }

  private Set<String> formsContainingRef(OdmElement itemGroupRef) {
    Set<String> forms = new HashSet<>();
    index.all(OidKind.FORM).stream()
        .filter(form -> form.element().children("ItemGroupRef").contains(itemGroupRef))
        .forEach(form -> forms.add(form.oid()));
    return forms;
  }

  private Set<String> formsOfItemRef(OdmElement itemRef) {
    Set<String> forms = new HashSet<>();
    index.all(OidKind.ITEM_GROUP).stream()
        .filter(group -> group.element().children("ItemRef").contains(itemRef))
        .forEach(group -> forms.addAll(formsOfGroup.getOrDefault(group.oid(), Set.of())));
    return forms;
  }

  private Set<String> formsOfItem(String itemOid) {
    Set<String> forms = new HashSet<>();
    itemsOfForm.forEach(
        (form, items) -> {
          if (items.contains(itemOid)) {
            forms.add(form);
          }
        });
    return forms;
  }

  private void checkItemsOnForms(
      OdmElement at, String description, Expression expression, Set<String> forms) {
    for (Expression.ItemValue item : expression.itemReferences()) {
      for (String form : forms) {
        boolean known = index.contains(OidKind.ITEM, item.itemOid());
        if (known && !itemsOfForm.getOrDefault(form, Set.of()).contains(item.itemOid())) {
          faults.error(
              FaultKind.EXPRESSION,
              at,
              description
                  + ": the expression reads "
                  + item.itemOid()
                  + ", which is not on FormDef "
                  + form
                  + "; an expression sees only the items of its own form.");
        }
      }
    }
  }
}
