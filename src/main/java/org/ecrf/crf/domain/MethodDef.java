package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * An ODM MethodDef: how a derived item is computed. Ours name a Java algorithm and its output;
 * methods of other systems (SAS, free text) are kept but cannot be evaluated, so their items are
 * entered by hand.
 *
 * @param oid e.g. {@code MT.PUCAI_TOTAL}
 * @param name the ODM Name
 * @param type Computation, Imputation, Transpose or Other; empty text when not given
 * @param description what the method does, per language
 * @param formalExpressions FormalExpressions as written
 * @param algorithm the Java algorithm output (edc:Algorithm, edc:Output), when given
 */
public record MethodDef(
    String oid,
    String name,
    String type,
    LocalizedText description,
    List<FormalExpression> formalExpressions,
    Optional<AlgorithmOutput> algorithm) {

  public MethodDef {
    formalExpressions = List.copyOf(formalExpressions);
  }
}
