package org.ecrf.export.define;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableTerms;
import org.ecrf.export.define.DefineXmlOut.Attrs;

/**
 * Writes a {@link DefineContent} as a Define-XML 2.1 document (ODM 1.3.2 Snapshot, {@code
 * def:Context="Submission"}, UTF-8, XML 1.0) to a stream, element by element: the output is never
 * held in memory, so a define of any size costs the same.
 *
 * <p>Layout and OIDs follow the CDISC Define-XML 2.1 SDTM example: datasets {@code IG.DM},
 * variables {@code IT.DM.AGE} (one ItemDef per dataset variable), code lists {@code
 * CL.LB.LBTESTCD}, files {@code LF.DM}, standards {@code STD.SDTMIG.3.4} and {@code
 * STD.CT.SDTM.2025-03-25}. Trial design and study reference datasets are reference data; they and
 * datasets of one record per subject are not repeating. A SUPP-- dataset's Domain is its parent
 * domain.
 */
public final class DefineWriter {

  /** The Define-XML version written (def:DefineVersion). */
  public static final String DEFINE_VERSION = "2.1.0";

  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final DefineContent content;

  public DefineWriter(DefineContent content) {
    this.content = Objects.requireNonNull(content, "content");
  }

  /**
   * Writes the document to the stream and flushes it; the stream stays open.
   *
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if a text holds a character XML 1.0 cannot carry
   */
  public void writeTo(OutputStream out) throws IOException {
    DefineXmlOut xml = DefineXmlOut.open(out);
    writeStudyHeader(xml);
    writeStandards(xml);
    List<ValueLists.ValueList> valueLists = ValueLists.of(content);
    ValueLists.writeDefinitions(xml, valueLists);
    for (Dataset dataset : content.datasets()) {
      writeItemGroupDef(xml, dataset);
    }
    writeItemDefs(xml, valueLists);
    for (VariableTerms terms : content.variableTerms()) {
      CodeLists.write(xml, terms, variableOf(terms).type(), content.standards());
    }
    xml.end(); // MetaDataVersion
    xml.end(); // Study
    xml.end(); // ODM
    xml.finish();
    out.flush();
  }

  /** Opens ODM, Study (after its GlobalVariables) and MetaDataVersion. */
  private void writeStudyHeader(DefineXmlOut xml) throws IOException {
    DefineStudy study = content.study();
    xml.start(
        "ODM",
        "ODM",
        Attrs.none()
            .add("FileType", "Snapshot")
            .add("FileOID", fileOid())
            .add("CreationDateTime", DateTimeFormatter.ISO_INSTANT.format(content.created()))
            .add("ODMVersion", "1.3.2")
            .def("Context", "Submission"));
    xml.start("Study", "Study " + study.oid(), Attrs.none().add("OID", study.oid()));
    xml.start("GlobalVariables", "GlobalVariables", Attrs.none());
    xml.textElement("StudyName", study.name());
    xml.textElement("StudyDescription", study.description());
    xml.textElement("ProtocolName", study.protocolName());
    xml.end();
    xml.start(
        "MetaDataVersion",
        "MetaDataVersion " + study.metaDataVersionOid(),
        Attrs.none()
            .add("OID", study.metaDataVersionOid())
            .add("Name", study.metaDataVersionName())
            .def("DefineVersion", DEFINE_VERSION));
  }

  /** The FileOID: study, MetaDataVersion and creation time, so that each export is told apart. */
  String fileOid() {
    return "DEFINE."
        + content.study().oid()
        + "."
        + content.study().metaDataVersionOid()
        + "."
        + FILE_STAMP.format(content.created());
  }

  /** The ItemGroupDef Domain: the dataset's name, or the parent domain of a SUPP-- dataset. */
  static String domainOf(Dataset dataset) {
    String name = dataset.name();
    boolean supplemental = name.startsWith("SUPP") && name.length() > 4 && !name.equals("SUPPQUAL");
    return supplemental ? name.substring(4) : name;
  }

  /** Whether the dataset may hold more than one record per subject (ItemGroupDef Repeating). */
  static boolean repeating(Dataset dataset) {
    return !DatasetClass.of(dataset.domainClass(), dataset.name()).referenceData()
        && !dataset.structure().trim().equalsIgnoreCase("One record per subject");
  }

  /** Each variable's ItemDef, followed by the ItemDefs of its value-level definitions. */
  private void writeItemDefs(DefineXmlOut xml, List<ValueLists.ValueList> valueLists)
      throws IOException {
    Map<String, VariableTerms> termsByVariable = new HashMap<>();
    for (VariableTerms terms : content.variableTerms()) {
      termsByVariable.put(terms.dataset() + "." + terms.variable(), terms);
    }
    Map<String, ValueLists.ValueList> valueListByItem = new HashMap<>();
    for (ValueLists.ValueList list : valueLists) {
      valueListByItem.put(ItemDefs.oid(list.dataset(), list.result()), list);
    }
    for (Dataset dataset : content.datasets()) {
      for (Variable variable : dataset.variables()) {
        Optional<VariableTerms> terms =
            Optional.ofNullable(termsByVariable.get(dataset.name() + "." + variable.name()));
        ItemDefs.Entry entry = ItemDefs.of(dataset, variable, terms);
        ValueLists.ValueList valueList = valueListByItem.get(entry.oid());
        if (valueList == null) {
          ItemDefs.write(xml, entry);
          continue;
        }
        ItemDefs.write(
            xml,
            new ItemDefs.Entry(
                entry.oid(),
                variable,
                entry.description(),
                entry.codeListOid(),
                Optional.of(valueList.oid())));
        for (ItemDefs.Entry valueLevel : ValueLists.entries(valueList, entry.codeListOid())) {
          ItemDefs.write(xml, valueLevel);
        }
      }
    }
  }

  private void writeStandards(DefineXmlOut xml) throws IOException {
    DefineStandards standards = content.standards();
    xml.startDef("Standards", "def:Standards", Attrs.none());
    xml.emptyDef(
        "Standard",
        Attrs.none()
            .add("OID", standards.guideOid())
            .add("Name", standards.guideName())
            .add("Type", "IG")
            .add("Version", standards.guideVersion())
            .add("Status", "Final"));
    xml.emptyDef(
        "Standard",
        Attrs.none()
            .add("OID", standards.terminologyOid())
            .add("Name", "CDISC/NCI")
            .add("Type", "CT")
            .add("PublishingSet", "SDTM")
            .add("Version", standards.terminologyVersion())
            .add("Status", "Final"));
    xml.end();
  }

  private void writeItemGroupDef(DefineXmlOut xml, Dataset dataset) throws IOException {
    DatasetClass datasetClass = DatasetClass.of(dataset.domainClass(), dataset.name());
    String leafId = "LF." + dataset.name();
    String oid = "IG." + dataset.name();
    xml.start(
        "ItemGroupDef",
        "ItemGroupDef " + oid,
        Attrs.none()
            .add("OID", oid)
            .add("Domain", domainOf(dataset))
            .add("Name", dataset.name())
            .add("Repeating", yesNo(repeating(dataset)))
            .add("IsReferenceData", yesNo(datasetClass.referenceData()))
            .add("SASDatasetName", dataset.name())
            .add("Purpose", "Tabulation")
            .def("Structure", dataset.structure())
            .def("StandardOID", content.standards().guideOid())
            .def("ArchiveLocationID", leafId));
    xml.translated("Description", dataset.label());
    int order = 1;
    for (Variable variable : dataset.variables()) {
      xml.empty(
          "ItemRef",
          Attrs.none()
              .add("ItemOID", ItemDefs.oid(dataset, variable))
              .add("OrderNumber", String.valueOf(order++))
              .add("Mandatory", yesNo(variable.mandatory()))
              .add("KeySequence", keySequence(variable))
              .add("Role", variable.role().isBlank() ? null : variable.role()));
    }
    xml.emptyDef("Class", Attrs.none().add("Name", datasetClass.defineName()));
    String file = content.fileNames().get(dataset.name());
    xml.startDef("leaf", "def:leaf " + leafId, Attrs.none().add("ID", leafId).xlink("href", file));
    xml.startDef("title", "def:title", Attrs.none());
    xml.text(file);
    xml.end();
    xml.end();
    xml.end();
  }

  private Variable variableOf(VariableTerms terms) {
    return content.datasets().stream()
        .filter(d -> d.name().equals(terms.dataset()))
        .findFirst()
        .flatMap(d -> d.variable(terms.variable()))
        .orElseThrow();
  }

  private static String keySequence(Variable variable) {
    return variable.keySequence() > 0 ? String.valueOf(variable.keySequence()) : null;
  }

  private static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }
}
