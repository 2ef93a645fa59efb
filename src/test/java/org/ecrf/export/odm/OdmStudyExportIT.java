package org.ecrf.export.odm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The study's ODM export against the running platform and its MariaDB: children made through the
 * public API (forms imported, a value corrected with a reason, a form signed, queries raised), the
 * export fetched through {@code GET .../export/odm} with its job's reconciliation, the document
 * validated against the ODM 1.3.2 schema and the extension schema, and its counts compared with
 * what the database holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OdmStudyExportIT {

  private static final String STUDY = TopitChildren.STUDY;
  private static final String ODM = "http://www.cdisc.org/ns/odm/v1.3";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void theWholeStudyIsValidOdmAndItsCountsMatchTheDatabase() throws Exception {
    TopitChildren topit = new TopitChildren(deployment);
    String signed = topit.childInArm("inv.ber", "BER", "CD", "TDM");
    importLab("inv.ber", signed, "Insert", "20", "");
    importLab("inv.ber", signed, "Update", "25", "Transcription error");
    signLab(signed);
    raise("monitor", signed, ", \"form\": \"F.LAB\", \"item\": \"I.LB_CRP\"", "Check the CRP");
    raise("dm", signed, "", "Week 14 not yet documented");
    String atPot = topit.register("inv.pot", "POT", "UC");
    importLab("inv.pot", atPot, "Insert", "31", "");

    JsonObject answer = export("dm", null);
    Document odm = parse(answer);

    assertValid(answer);
    assertThat(answer.getBoolean("reconciles")).as(answer.toString()).isTrue();
    assertThat(written(answer, "subjects")).isEqualTo(count(SUBJECTS, null));
    assertThat(read(answer, "subjects")).isEqualTo(count(SUBJECTS, null));
    assertThat(elements(odm, "SubjectData")).hasSize((int) count(SUBJECTS, null));
    assertThat(read(answer, "forms")).isEqualTo(count(FORMS, null));
    assertThat(elements(odm, "FormData")).hasSize((int) count(FORMS, null));
    assertThat(read(answer, "item values")).isEqualTo(count(VALUES, null));
    assertThat(elements(odm, "ItemData")).hasSize((int) count(VALUES, null));
    assertThat(read(answer, "form signatures (valid)")).isEqualTo(count(SIGNATURES, null));
    assertThat(read(answer, "queries")).isEqualTo(count(QUERIES, null));
    assertThat(elements(odm, "Annotation")).hasSize((int) count(QUERIES, null));
    assertThat(children(odm, "ItemData", "AuditRecord"))
        .isEqualTo(elements(odm, "ItemData").size());

    Element subject = subject(odm, signed);
    assertThat(first(subject, "SiteRef").getAttribute("LocationOID")).isEqualTo("LOC.BER");
    Element crp = item(subject, "I.LB_CRP");
    assertThat(crp.getAttribute("Value")).isEqualTo("25");
    assertThat(first(crp, "UserRef").getAttribute("UserOID")).isEqualTo("U.inv.ber");
    assertThat(first(crp, "ReasonForChange").getTextContent()).isEqualTo("Transcription error");
    assertThat(first(crp, "SourceID").getTextContent()).startsWith("audit-event:");
    assertThat(first(crp, "FlagValue").getTextContent()).isEqualTo("OPEN");
    assertThat(first(crp, "Comment").getTextContent()).contains("monitor (MONITOR), OPEN: Check");
    Element lab =
        list(event(subject, "SE.WEEK6").getElementsByTagNameNS(ODM, "FormData")).stream()
            .filter(form -> form.getAttribute("FormOID").equals("F.LAB"))
            .findFirst()
            .orElseThrow();
    assertThat(first(lab, "SignatureRef").getAttribute("SignatureOID")).isEqualTo("SD.1");
    assertThat(first(lab, "Signature").getElementsByTagNameNS(ODM, "UserRef").item(0))
        .extracting(node -> ((Element) node).getAttribute("UserOID"))
        .isEqualTo("U.inv.ber");
    Element week14 = event(subject, "SE.WEEK14");
    assertThat(first(week14, "Comment").getTextContent()).contains("Week 14 not yet documented");
    assertThat(week14.getElementsByTagNameNS(ODM, "FormData").getLength()).isZero();
    Element admin = first(odm.getDocumentElement(), "AdminData");
    assertThat(byOid(admin, "User", "U.inv.ber").getTextContent()).contains("Dr. Bettina Berg");
    assertThat(byOid(admin, "Location", "LOC.POT")).isNotNull();
    assertThat(first(byOid(admin, "SignatureDef", "SD.1"), "Meaning").getTextContent())
        .isEqualTo("I confirm the data are accurate and complete");
  }

  /**
   * An export of one site leaves out the other sites' children. The data manager is blinded to
   * nothing in TOPIT, so the standard-arm child's trough level is there too (what a blinded reader
   * would miss is shown by {@code SubjectDataMapperTest}: only sponsors and data managers export).
   */
  @Test
  void anExportOfOneSiteLeavesOutTheOtherSitesChildren() throws Exception {
    TopitChildren topit = new TopitChildren(deployment);
    String standard = topit.childInArm("inv.ber", "BER", "CD", "STANDARD");
    topit.importOdm(
        "dm", TopitChildren.trough(standard, "SE.WEEK14", "2026-05-05", "7.9", "POS", "81.7"));
    String guided = topit.childInArm("inv.ber", "BER", "CD", "TDM");
    topit.importOdm(
        "dm", TopitChildren.trough(guided, "SE.WEEK14", "2026-05-05", "6.8", "NEG", ""));
    String atPot = topit.register("inv.pot", "POT", "CD");
    importLab("inv.pot", atPot, "Insert", "12", "");

    JsonObject answer = export("dm", "BER");
    Document odm = parse(answer);

    assertValid(answer);
    assertThat(answer.getBoolean("reconciles")).as(answer.toString()).isTrue();
    assertThat(read(answer, "subjects")).isEqualTo(count(SUBJECTS, "BER"));
    assertThat(read(answer, "item values")).isEqualTo(count(VALUES, "BER"));
    assertThat(read(answer, "queries")).isEqualTo(count(QUERIES, "BER"));
    assertThat(elements(odm, "SubjectData"))
        .extracting(s -> s.getAttribute("SubjectKey"))
        .contains(standard, guided)
        .doesNotContain(atPot);
    assertThat(item(subject(odm, guided), "I.TROUGH_IFX").getAttribute("Value")).isEqualTo("6.8");
    assertThat(item(subject(odm, standard), "I.TROUGH_IFX").getAttribute("Value")).isEqualTo("7.9");
    assertThat(written(answer, "item values")).isEqualTo(elements(odm, "ItemData").size());
  }

  /**
   * The database's own count of SELECT statements shows that a subject costs the same number of
   * queries whatever it holds: a child with two more forms, five more values and two more queries
   * than another adds no more statements to the export, where a read per form, value or query would
   * add at least nine. Each figure is the least of three exports (work the server does after an
   * import may still run during the first), within a margin for the statements that do not depend
   * on the subject (the definition registry's periodic check, connection handling).
   */
  @Test
  void aSubjectCostsTheSameNumberOfQueriesWhateverItsData() throws Exception {
    TopitChildren topit = new TopitChildren(deployment);
    long base = selectsOfExport();
    String small = topit.register("inv.pot", "POT", "CD");
    topit.importOdm(
        "dm", TopitChildren.trough(small, "SE.WEEK14", "2026-05-05", "5.1", "POS", "12.5"));
    raise("dm", small, "", "Week 14 visit date");
    long withSmall = selectsOfExport();
    String large = topit.register("inv.pot", "POT", "CD");
    topit.importOdm(
        "dm", TopitChildren.trough(large, "SE.WEEK14", "2026-05-05", "5.1", "POS", "12.5"));
    importLab("inv.pot", large, "Insert", "14", "");
    topit.importOdm("inv.pot", TopitChildren.infusion(large, "SE.WEEK0", "2026-01-05"));
    raise("dm", large, "", "Week 14 visit date");
    raise("monitor", large, ", \"form\": \"F.LAB\", \"item\": \"I.LB_CRP\"", "Check");
    raise("monitor", large, ", \"form\": \"F.LAB\", \"item\": \"I.LB_ESR\"", "Check");
    long withLarge = selectsOfExport();

    assertThat(withLarge - withSmall).isLessThanOrEqualTo(withSmall - base + MARGIN);
  }

  /** The SELECT statements of exporting the site POT: the least of three exports. */
  private long selectsOfExport() throws SQLException {
    long least = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long before = selects();
      export("dm", "POT");
      least = Math.min(least, selects() - before);
    }
    return least;
  }

  private static long selects() throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement("SHOW GLOBAL STATUS LIKE 'Com_select'");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(2);
    }
  }

  /** Statements an export makes or not whatever its subjects; measured between -2 and +4. */
  private static final int MARGIN = 4;

  private static final String SUBJECTS =
      "SELECT COUNT(*) FROM subject s JOIN site t ON s.site_id = t.id WHERE s.study_oid = 'TOPIT'";
  private static final String FORMS =
      "SELECT COUNT(*) FROM form_data f JOIN study_event_data e ON f.study_event_data_id = e.id"
          + " JOIN subject s ON e.subject_id = s.id JOIN site t ON s.site_id = t.id"
          + " WHERE s.study_oid = 'TOPIT'";
  private static final String VALUES =
      "SELECT COUNT(*) FROM item_data i JOIN item_group_data g ON i.item_group_data_id = g.id"
          + " JOIN form_data f ON g.form_data_id = f.id"
          + " JOIN study_event_data e ON f.study_event_data_id = e.id"
          + " JOIN subject s ON e.subject_id = s.id JOIN site t ON s.site_id = t.id"
          + " WHERE s.study_oid = 'TOPIT' AND g.removed = 0";
  private static final String SIGNATURES =
      "SELECT COUNT(*) FROM form_signature x JOIN form_data f ON x.form_data_id = f.id"
          + " JOIN study_event_data e ON f.study_event_data_id = e.id"
          + " JOIN subject s ON e.subject_id = s.id JOIN site t ON s.site_id = t.id"
          + " WHERE s.study_oid = 'TOPIT' AND x.voided_at IS NULL";
  private static final String QUERIES =
      "SELECT COUNT(*) FROM data_query q JOIN subject s ON q.subject_id = s.id"
          + " JOIN site t ON s.site_id = t.id WHERE s.study_oid = 'TOPIT'";

  /** What the database holds, for every site or one. */
  private static long count(String sql, String site) throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(site == null ? sql : sql + " AND t.code = ?")) {
      if (site != null) {
        statement.setString(1, site);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /**
   * The ODM export as {@code GET export/odm} answers it to the user, with the reconciliation of its
   * job ({@code GET exports/{id}}): {@code {"odm", "reconciles", "lines"}}.
   */
  private JsonObject export(String user, String site) {
    ApiClient.Download file =
        api(user).download(STUDY + "export/odm" + (site == null ? "" : "?site=" + site));
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    Answer job = api(user).get(STUDY + "exports/" + file.header("X-Export-Id"));
    assertThat(job.status()).as(job.toString()).isEqualTo(200);
    return Json.createObjectBuilder()
        .add("odm", file.text())
        .add("reconciles", job.json().getBoolean("reconciles"))
        .add("lines", job.json().getJsonArray("reconciliation"))
        .build();
  }

  private static void assertValid(JsonObject answer) {
    byte[] document = answer.getString("odm").getBytes(StandardCharsets.UTF_8);
    assertThat(OdmSchemas.errors(OdmSchemas.ODM, document)).isEmpty();
    assertThat(OdmSchemas.errors(OdmSchemas.EXTENSION, document)).isEmpty();
    assertThat(answer.getString("odm")).doesNotContain("ecrf.org/ns/edc");
  }

  private static JsonObject line(JsonObject answer, String what) {
    return answer.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(line -> line.getString("what").equals(what))
        .findFirst()
        .orElseThrow();
  }

  private static long read(JsonObject answer, String what) {
    return line(answer, what).getJsonNumber("read").longValue();
  }

  private static long written(JsonObject answer, String what) {
    return line(answer, what).getJsonNumber("written").longValue();
  }

  private void importLab(String user, String child, String type, String crp, String reason) {
    String audit =
        reason.isEmpty()
            ? ""
            : "<AuditRecord><UserRef UserOID=\"U.LAB\"/><LocationRef LocationOID=\"L.LAB\"/>"
                + "<DateTimeStamp>2026-03-02T09:00:00Z</DateTimeStamp>"
                + "<ReasonForChange>"
                + reason
                + "</ReasonForChange></AuditRecord>";
    String odm =
        TopitChildren.odm(
            """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="SE.WEEK6">
                <FormData FormOID="F.LAB" TransactionType="%s">%s
                  <ItemGroupData ItemGroupOID="IG.LB_SAMPLE">
                    <ItemData ItemOID="I.LB_DATE" Value="2026-02-27"/>
                  </ItemGroupData>
                  <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                    <ItemData ItemOID="I.LB_ESR" Value="20"/>
                    <ItemData ItemOID="I.LB_CRP" Value="%s"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
            """
                .formatted(child, type, audit, crp));
    new TopitChildren(deployment).importOdm(user, odm);
  }

  /** Completes, verifies and signs the child's week-6 laboratory form. */
  private void signLab(String child) {
    String form = STUDY + "subjects/" + child + "/forms/SE.WEEK6/F.LAB";
    assertThat(api("inv.ber").post(form + "/transitions", "{\"to\": \"COMPLETE\"}").status())
        .isEqualTo(200);
    Answer verified =
        api("monitor")
            .post(
                STUDY + "sdv",
                "{\"subjectKey\": \""
                    + child
                    + "\", \"event\": \"SE.WEEK6\", \"form\": \"F.LAB\", \"items\": []}");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    Answer signed =
        api("inv.ber")
            .post(
                form + "/transitions",
                "{\"to\": \"SIGNED\", \"password\": \"" + ApiClient.DEMO_PASSWORD + "\"}");
    assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
  }

  private void raise(String user, String child, String target, String text) {
    String event = target.isEmpty() ? "SE.WEEK14" : "SE.WEEK6";
    Answer raised =
        api(user)
            .post(
                STUDY + "queries",
                "{\"subjectKey\": \""
                    + child
                    + "\", \"event\": \""
                    + event
                    + "\""
                    + target
                    + ", \"text\": \""
                    + text
                    + "\"}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  private static Document parse(JsonObject answer) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(answer.getString("odm").getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document odm, String name) {
    return list(odm.getElementsByTagNameNS(ODM, name));
  }

  private static List<Element> list(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** How many elements of a kind have a direct child of the other kind. */
  private static int children(Document odm, String parent, String child) {
    return (int)
        elements(odm, parent).stream()
            .filter(
                element ->
                    list(element.getElementsByTagNameNS(ODM, child)).stream()
                        .anyMatch(c -> c.getParentNode() == element))
            .count();
  }

  private static Element first(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS(ODM, name).item(0);
  }

  private static Element byOid(Element parent, String name, String oid) {
    return list(parent.getElementsByTagNameNS(ODM, name)).stream()
        .filter(e -> e.getAttribute("OID").equals(oid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " " + oid));
  }

  private static Element subject(Document odm, String key) {
    return elements(odm, "SubjectData").stream()
        .filter(s -> s.getAttribute("SubjectKey").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No SubjectData " + key));
  }

  private static Element event(Element subject, String oid) {
    return list(subject.getElementsByTagNameNS(ODM, "StudyEventData")).stream()
        .filter(e -> e.getAttribute("StudyEventOID").equals(oid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No StudyEventData " + oid));
  }

  private static Optional<Element> optionalItem(Element subject, String itemOid) {
    return list(subject.getElementsByTagNameNS(ODM, "ItemData")).stream()
        .filter(i -> i.getAttribute("ItemOID").equals(itemOid))
        .findFirst();
  }

  private static Element item(Element subject, String itemOid) {
    return optionalItem(subject, itemOid)
        .orElseThrow(() -> new AssertionError("No ItemData " + itemOid));
  }
}
