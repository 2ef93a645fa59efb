package org.ecrf.export.define;

import java.io.IOException;
import java.util.Optional;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableTerms;
import org.ecrf.export.define.DefineXmlOut.Attrs;

/**
 * The ItemDef of each variable: its Define-XML data type, length, label, code list and origin.
 *
 * <p>Data types follow the CDISC Define-XML 2.1 SDTM example: ISO 8601 text is typed as such and
 * carries no Length (the {@code --DTC} dates as {@code datetime}, which covers partial dates and
 * date-only values; the {@code --DUR} durations as {@code durationDatetime}); other text is {@code
 * text} with its byte length; integers are {@code integer} and decimals {@code float}, both with
 * Length 8, the bytes SAS transport stores a number in, because the dataset definitions do not know
 * how many digits the values have.
 */
final class ItemDefs {

  /** The numeric Length written for integers and decimals: the SAS transport storage. */
  static final int NUMERIC_LENGTH = 8;

  private ItemDefs() {}

  /** The ItemDef OID of a variable of a dataset: {@code IT.LB.LBTESTCD}. */
  static String oid(Dataset dataset, Variable variable) {
    return "IT." + dataset.name() + "." + variable.name();
  }

  /** The Define-XML DataType of the variable. */
  static String dataType(Variable variable) {
    return switch (variable.type()) {
      case INTEGER -> "integer";
      case DECIMAL -> "float";
      case TEXT -> {
        if (variable.name().endsWith("DTC")) {
          yield "datetime";
        }
        yield variable.name().endsWith("DUR") ? "durationDatetime" : "text";
      }
    };
  }

  /** The Length attribute, or empty where Define-XML leaves it out (ISO 8601 types). */
  static Optional<Integer> length(Variable variable) {
    return switch (dataType(variable)) {
      case "text" -> Optional.of(variable.length());
      case "integer", "float" -> Optional.of(NUMERIC_LENGTH);
      default -> Optional.empty();
    };
  }

  /**
   * Who is the source of the values (def:Origin/@Source): the site staff who type collected data
   * into the eCRF, the sponsor for derived and assigned values; none for protocol and predecessor
   * origins, which name a document or variable instead.
   */
  static Optional<String> source(VariableOrigin origin) {
    return switch (origin) {
      case COLLECTED -> Optional.of("Investigator");
      case DERIVED, ASSIGNED -> Optional.of("Sponsor");
      case PROTOCOL, PREDECESSOR -> Optional.empty();
    };
  }

  /** Writes the ItemDef; {@code terms} is the variable's code list, if it has one. */
  /**
   * One ItemDef to write: a dataset variable, or one of its value-level definitions.
   *
   * @param oid the ItemDef OID
   * @param variable the variable whose name, type, length and origin it carries
   * @param description its Description, or empty for none
   * @param codeListOid the CodeList it refers to, or empty
   * @param valueListOid the value-level definitions it refers to, or empty
   */
  record Entry(
      String oid,
      Variable variable,
      Optional<String> description,
      Optional<String> codeListOid,
      Optional<String> valueListOid) {}

  /** The entry of a dataset variable: its label as description, its code list if any. */
  static Entry of(Dataset dataset, Variable variable, Optional<VariableTerms> terms) {
    return new Entry(
        oid(dataset, variable),
        variable,
        Optional.of(variable.label()),
        terms.map(CodeLists::oid),
        Optional.empty());
  }

  static void write(DefineXmlOut out, Entry entry) throws IOException {
    Variable variable = entry.variable();
    out.start(
        "ItemDef",
        "ItemDef " + entry.oid(),
        Attrs.none()
            .add("OID", entry.oid())
            .add("Name", variable.name())
            .add("DataType", dataType(variable))
            .add("Length", length(variable).map(String::valueOf).orElse(null))
            .add("SASFieldName", variable.name()));
    if (entry.description().isPresent()) {
      out.translated("Description", entry.description().get());
    }
    if (entry.codeListOid().isPresent()) {
      out.empty("CodeListRef", Attrs.none().add("CodeListOID", entry.codeListOid().get()));
    }
    out.emptyDef(
        "Origin",
        Attrs.none()
            .add("Type", variable.origin().defineType())
            .add("Source", source(variable.origin()).orElse(null)));
    if (entry.valueListOid().isPresent()) {
      out.emptyDef("ValueListRef", Attrs.none().add("ValueListOID", entry.valueListOid().get()));
    }
    out.end();
  }
}
