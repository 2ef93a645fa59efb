package org.ecrf.export.define;

import java.io.IOException;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.VariableTerms;
import org.ecrf.export.dataset.VariableType;
import org.ecrf.export.define.DefineXmlOut.Attrs;

/**
 * The CodeList of each variable's terms. A list whose terms have meanings is written as
 * CodeListItems with a Decode (a term without its own meaning decodes to its code, because ODM does
 * not let one list mix the two kinds); a list of bare values as EnumeratedItems. A term's CDISC
 * C-code becomes {@code Alias Context="nci:ExtCodeID"}; a term without one in an extensible CDISC
 * list is a sponsor extension ({@code def:ExtendedValue="Yes"}).
 */
final class CodeLists {

  static final String NCI_CONTEXT = "nci:ExtCodeID";

  private CodeLists() {}

  /** The CodeList OID of a variable's terms: {@code CL.LB.LBTESTCD}. */
  static String oid(VariableTerms terms) {
    return "CL." + terms.dataset() + "." + terms.variable();
  }

  /** Whether the list is (or extends) a CDISC codelist: extensible, or any term has a C-code. */
  static boolean isCdisc(VariableTerms terms) {
    return terms.extensible() || terms.terms().stream().anyMatch(t -> !t.nciCode().isEmpty());
  }

  /** Whether the term is a sponsor value added to a CDISC codelist. */
  static boolean isExtendedValue(VariableTerms terms, Term term) {
    return terms.extensible() && term.nciCode().isEmpty();
  }

  static boolean decoded(VariableTerms terms) {
    return terms.terms().stream().anyMatch(t -> !t.decode().isBlank());
  }

  static void write(
      DefineXmlOut out, VariableTerms terms, VariableType type, DefineStandards standards)
      throws IOException {
    String oid = oid(terms);
    out.start(
        "CodeList",
        "CodeList " + oid,
        Attrs.none()
            .add("OID", oid)
            .add("Name", terms.codeListName())
            .add("DataType", dataType(type))
            .def("StandardOID", isCdisc(terms) ? standards.terminologyOid() : null));
    boolean decoded = decoded(terms);
    int order = 1;
    for (Term term : terms.terms()) {
      Attrs attrs =
          Attrs.none()
              .add("CodedValue", term.code())
              .add("OrderNumber", String.valueOf(order++))
              .def("ExtendedValue", isExtendedValue(terms, term) ? "Yes" : null);
      String element = decoded ? "CodeListItem" : "EnumeratedItem";
      out.start(element, element + " " + term.code(), attrs);
      if (decoded) {
        out.translated("Decode", term.decode().isBlank() ? term.code() : term.decode());
      }
      if (!term.nciCode().isEmpty()) {
        out.empty("Alias", Attrs.none().add("Context", NCI_CONTEXT).add("Name", term.nciCode()));
      }
      out.end();
    }
    out.end();
  }

  private static String dataType(VariableType type) {
    return switch (type) {
      case TEXT -> "text";
      case INTEGER -> "integer";
      case DECIMAL -> "float";
    };
  }
}
