package org.ecrf.export.define;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableTerms;
import org.ecrf.export.define.DefineXmlOut.Attrs;

/**
 * Value-level metadata: where one variable holds the results of many tests or parameters, the
 * define describes the result once per value of the variable that names them, as in the CDISC
 * Define-XML 2.1 SDTM example: {@code LBORRES} per {@code LBTESTCD}, {@code TSVAL} per {@code
 * TSPARMCD}, {@code QVAL} per {@code QNAM} (the example's comment calls the last required for
 * supplemental qualifiers). Only names with a code list get value-level entries; each entry has the
 * result variable's type, length and origin, because the dataset definitions carry nothing per
 * test.
 */
final class ValueLists {

  /** A topic variable's name ending and its result's, after a shared prefix (LB + TESTCD). */
  private record NamePair(String topicSuffix, String resultSuffix) {}

  private static final List<NamePair> PAIRS =
      List.of(
          new NamePair("TESTCD", "ORRES"),
          new NamePair("PARMCD", "VAL"),
          new NamePair("QNAM", "QVAL"));

  /**
   * The result variable of a dataset described per value of its topic variable.
   *
   * @param dataset the dataset
   * @param topic the variable that names the test ({@code LBTESTCD})
   * @param result the variable that holds its result ({@code LBORRES})
   * @param terms the topic's code list: one value-level entry per term
   */
  record ValueList(Dataset dataset, Variable topic, Variable result, VariableTerms terms) {

    /** {@code VL.LB.LBORRES} */
    String oid() {
      return "VL." + dataset.name() + "." + result.name();
    }

    String itemOid(Term term) {
      return ItemDefs.oid(dataset, result) + "." + term.code();
    }

    String whereClauseOid(Term term) {
      return "WC." + dataset.name() + "." + topic.name() + "." + term.code();
    }
  }

  private ValueLists() {}

  /** The value lists of the content, in dataset order. */
  static List<ValueList> of(DefineContent content) {
    List<ValueList> lists = new ArrayList<>();
    for (Dataset dataset : content.datasets()) {
      for (Variable topic : dataset.variables()) {
        Optional<VariableTerms> terms = content.termsOf(dataset.name(), topic.name());
        Optional<Variable> result = resultOf(dataset, topic.name());
        if (terms.isPresent() && result.isPresent()) {
          lists.add(new ValueList(dataset, topic, result.get(), terms.get()));
        }
      }
    }
    return lists;
  }

  /** The variable whose results the named topic variable names, if the dataset has it. */
  static Optional<Variable> resultOf(Dataset dataset, String topicName) {
    for (NamePair pair : PAIRS) {
      if (topicName.endsWith(pair.topicSuffix())) {
        String prefix = topicName.substring(0, topicName.length() - pair.topicSuffix().length());
        return dataset.variable(prefix + pair.resultSuffix());
      }
    }
    return Optional.empty();
  }

  /** The def:ValueListDefs, then the def:WhereClauseDefs they refer to. */
  static void writeDefinitions(DefineXmlOut out, List<ValueList> lists) throws IOException {
    for (ValueList list : lists) {
      out.startDef(
          "ValueListDef", "def:ValueListDef " + list.oid(), Attrs.none().add("OID", list.oid()));
      int order = 1;
      for (Term term : list.terms().terms()) {
        out.start(
            "ItemRef",
            "ItemRef " + list.itemOid(term),
            Attrs.none()
                .add("ItemOID", list.itemOid(term))
                .add("OrderNumber", String.valueOf(order++))
                .add("Mandatory", "No"));
        out.emptyDef(
            "WhereClauseRef", Attrs.none().add("WhereClauseOID", list.whereClauseOid(term)));
        out.end();
      }
      out.end();
    }
    for (ValueList list : lists) {
      for (Term term : list.terms().terms()) {
        String oid = list.whereClauseOid(term);
        out.startDef("WhereClauseDef", "def:WhereClauseDef " + oid, Attrs.none().add("OID", oid));
        out.start(
            "RangeCheck",
            "RangeCheck",
            Attrs.none()
                .add("Comparator", "EQ")
                .add("SoftHard", "Soft")
                .def("ItemOID", ItemDefs.oid(list.dataset(), list.topic())));
        out.textElement("CheckValue", term.code());
        out.end();
        out.end();
      }
    }
  }

  /** The value-level ItemDefs of one list: the result's definition, described by the term. */
  static List<ItemDefs.Entry> entries(ValueList list, Optional<String> resultCodeListOid) {
    List<ItemDefs.Entry> entries = new ArrayList<>();
    for (Term term : list.terms().terms()) {
      Optional<String> description =
          Optional.of(term.decode().isBlank() ? term.code() : term.decode());
      entries.add(
          new ItemDefs.Entry(
              list.itemOid(term), list.result(), description, resultCodeListOid, Optional.empty()));
    }
    return entries;
  }
}
