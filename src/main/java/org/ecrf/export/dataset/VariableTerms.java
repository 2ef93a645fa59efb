package org.ecrf.export.dataset;

import java.util.List;
import java.util.Objects;

/**
 * The values one variable of one dataset takes (its code list in Define-XML), e.g. {@code
 * LB.LBTESTCD} with the lab tests the study's forms map to.
 *
 * @param dataset the dataset name
 * @param variable the variable name
 * @param codeListName the name of the code list (e.g. the CDISC codelist {@code LBTESTCD}), or a
 *     sponsor name
 * @param extensible whether sponsor values were added to (or stand for) a CDISC codelist
 * @param terms the values, in display order
 */
public record VariableTerms(
    String dataset, String variable, String codeListName, boolean extensible, List<Term> terms) {

  public VariableTerms {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(codeListName, "codeListName");
    terms = List.copyOf(terms);
  }
}
