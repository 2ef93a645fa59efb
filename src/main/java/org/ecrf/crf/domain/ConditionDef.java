package org.ecrf.crf.domain;

import java.util.List;

/**
 * An ODM ConditionDef. Named by a CollectionExceptionConditionOID, it says when an item, item
 * group, form or event is NOT collected.
 *
 * @param oid e.g. {@code CD.NOT_CD}
 * @param name the ODM Name
 * @param description what the condition means, per language
 * @param formalExpressions FormalExpressions as written
 */
public record ConditionDef(
    String oid, String name, LocalizedText description, List<FormalExpression> formalExpressions) {

  public ConditionDef {
    formalExpressions = List.copyOf(formalExpressions);
  }
}
