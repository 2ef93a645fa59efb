package org.ecrf.crf.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ODM ConditionDef. Named by a CollectionExceptionConditionOID, it says when an item, item
 * group, form or event is NOT collected: while it holds, the page hides the field and an import
 * expects no value.
 *
 * @param oid e.g. {@code CD.NOT_CD}
 * @param name the ODM Name
 * @param description what the condition means, per language
 * @param formalExpressions FormalExpressions as written (the first in Context edc is evaluated)
 */
public record ConditionDef(
    String oid, String name, LocalizedText description, List<FormalExpression> formalExpressions) {

  public ConditionDef {
    formalExpressions = List.copyOf(formalExpressions);
  }

  /** The evaluable expression, if the condition has one in the platform's language. */
  public Optional<Expression> expression() {
    return formalExpressions.stream().flatMap(e -> e.parsed().stream()).findFirst();
  }

  /** True when the platform can evaluate the condition. */
  public boolean isEvaluable() {
    return expression().isPresent();
  }

  /**
   * Whether the condition holds, so that what it governs is not collected. A condition the platform
   * cannot evaluate (an imported XPath condition) never holds: everything is collected.
   */
  public boolean holds(Map<String, String> itemValues, SubjectContext subject) {
    return expression().map(e -> e.holds(itemValues, subject)).orElse(false);
  }
}
