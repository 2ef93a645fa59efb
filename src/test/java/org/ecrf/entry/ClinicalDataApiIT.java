package org.ecrf.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.AuditRow;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The clinical data API end to end: ODM imported form by form through the save path (audit source
 * IMPORT, reasons from the file), refusals with their reasons, and a subject's data exported as
 * valid ODM that imports back without changing anything. Every test registers its own children at
 * BER, so that no other test's data is touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicalDataApiIT {

  private static final String IMPORT = "api/v1/studies/TOPIT/clinicaldata";
  private static final String REASON =
      "<AuditRecord><UserRef UserOID=\"U.LAB\"/><LocationRef LocationOID=\"L.LAB\"/>"
          + "<DateTimeStamp>2026-03-02T09:00:00Z</DateTimeStamp>"
          + "<ReasonForChange>Lab re-run after haemolysis</ReasonForChange></AuditRecord>";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aFormIsStoredEvenWhenItsVisitScheduleCannotBeComputedYet() {
    TopitChildren topit = new TopitChildren(deployment);
    String child = topit.randomised("inv.pot", "POT", "UC");

    topit.importOdm(
        "inv.pot",
        TopitChildren.infusion(child, "SE.WEEK6", "2026-02-16", "30", "5", "150", "", ""));

    assertThat(export("inv.pot", child))
        .as("week 6 entered before week 0: monitoring's schedule check must not undo the save")
        .contains("StudyEventOID=\"SE.WEEK6\"")
        .contains("ItemOID=\"I.INF_DATE\" Value=\"2026-02-16\"");
  }

  @Test
  void anInsertStoresTheValuesWithUnitsAndAnAuditEventPerValueFromTheImport() throws Exception {
    String child = registerAtBer();

    Answer answer = post("inv.ber", "lab-insert.xml", child);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonObject form = onlyForm(answer);
    assertThat(form.getString("outcome")).isEqualTo("STORED");
    assertThat(items(form)).extracting(i -> i.getString("outcome")).containsOnly("STORED");
    JsonObject crp = item(form, "I.LB_CRP");
    assertThat(crp.getString("unitOid")).isEqualTo("MU.MG_DL");
    assertThat(crp.getJsonArray("messages").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("severity")).isEqualTo("WARNING"));
    assertThat(answer.json().getJsonObject("counts").getInt("itemsStored")).isEqualTo(4);
    List<AuditRow> events =
        valueEvents(
            ItDatabase.auditEventsAbout(
                itemPath(child, "SE.WEEK6", "IG.LB_INFLAMMATION", "I.LB_CRP")));
    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo("ITEM_VALUE_ENTERED");
              assertThat(event.source()).isEqualTo("IMPORT");
              assertThat(event.actor()).isEqualTo("inv.ber");
            });
    assertThat(export("inv.ber", child))
        .contains("ItemOID=\"I.LB_CRP\" Value=\"35\"")
        .contains("MeasurementUnitOID=\"MU.MG_DL\"");
  }

  @Test
  void anUpdateWithAReasonChangesOneItemAndKeepsTheOthers() throws Exception {
    String child = registerAtBer();
    post("inv.ber", "lab-insert.xml", child);

    Answer answer = post("inv.ber", "lab-update.xml", child, "${CRP}", "12", "${REASON}", REASON);

    JsonObject form = onlyForm(answer);
    assertThat(form.getString("outcome")).as(answer.toString()).isEqualTo("STORED");
    assertThat(form.getString("reasonForChange")).isEqualTo("Lab re-run after haemolysis");
    List<AuditRow> events =
        valueEvents(
            ItDatabase.auditEventsAbout(
                itemPath(child, "SE.WEEK6", "IG.LB_INFLAMMATION", "I.LB_CRP")));
    assertThat(events)
        .extracting(AuditRow::type)
        .containsExactly("ITEM_VALUE_ENTERED", "ITEM_VALUE_CHANGED");
    assertThat(events.get(1).reason()).isEqualTo("Lab re-run after haemolysis");
    assertThat(events.get(1).source()).isEqualTo("IMPORT");
    assertThat(
            ItDatabase.auditEventsAbout(
                itemPath(child, "SE.WEEK6", "IG.LB_INFLAMMATION", "I.LB_ESR")))
        .hasSize(1);
    String odm = export("inv.ber", child);
    assertThat(odm)
        .contains("ItemOID=\"I.LB_CRP\" Value=\"12\"")
        .contains("ItemOID=\"I.LB_ESR\" Value=\"20\"");
  }

  @Test
  void anUpdateOfAStoredValueWithoutAReasonIsRefusedAndWritesNothing() throws Exception {
    String child = registerAtBer();
    post("inv.ber", "lab-insert.xml", child);
    int before = auditEventsOf(child);

    Answer answer = post("inv.ber", "lab-update.xml", child, "${CRP}", "13", "${REASON}", "");

    JsonObject form = onlyForm(answer);
    assertThat(form.getString("outcome")).isEqualTo("REFUSED");
    JsonObject crp = item(form, "I.LB_CRP");
    assertThat(crp.getString("outcome")).isEqualTo("REFUSED");
    assertThat(crp.getJsonArray("messages").getJsonObject(0).getString("text"))
        .contains("needs a reason for change");
    assertThat(auditEventsOf(child)).isEqualTo(before);
    assertThat(export("inv.ber", child)).contains("ItemOID=\"I.LB_CRP\" Value=\"35\"");
  }

  @Test
  void aHardCheckRefusesItsFormOnlyAndTheNextFormOfTheFileIsStored() throws Exception {
    String child = registerAtBer();

    Answer answer = post("dm", "two-forms-one-invalid.xml", child);

    List<JsonObject> forms = forms(answer);
    assertThat(forms)
        .extracting(f -> f.getString("studyEventOid") + " " + f.getString("outcome"))
        .containsExactly("SE.WEEK14 REFUSED", "SE.WEEK22 STORED");
    JsonObject esr = item(forms.get(0), "I.LB_ESR");
    assertThat(esr.getString("outcome")).isEqualTo("REFUSED");
    assertThat(esr.getJsonArray("messages").getJsonObject(0).getString("text"))
        .isEqualTo("An ESR above 200 mm/h is not possible.");
    assertThat(item(forms.get(0), "I.LB_ALB").getString("outcome")).isEqualTo("NOT_STORED");
    assertThat(ItDatabase.auditEventsAbout(formPath(child, "SE.WEEK14"))).isEmpty();
    assertThat(
            ItDatabase.auditEventsAbout(
                itemPath(child, "SE.WEEK22", "IG.LB_INFLAMMATION", "I.LB_ESR")))
        .singleElement()
        .satisfies(event -> assertThat(event.actor()).isEqualTo("dm"));
  }

  @Test
  void anInsertOverAStoredFormIsRefused() {
    String child = registerAtBer();
    post("inv.ber", "lab-insert.xml", child);

    JsonObject form = onlyForm(post("inv.ber", "lab-insert.xml", child));

    assertThat(form.getString("outcome")).isEqualTo("REFUSED");
    assertThat(form.getJsonArray("messages").getJsonObject(0).getString("text"))
        .isEqualTo(
            "F.LAB of "
                + child
                + " at SE.WEEK6[1] already has data, so it cannot be inserted; send Update or Upsert"
                + " to change it.");
  }

  @Test
  void anUnknownFormOrItemIsRefusedWithASentence() {
    String child = registerAtBer();

    List<JsonObject> forms = forms(post("inv.ber", "unknown-form-and-item.xml", child));

    assertThat(forms.get(0).getString("outcome")).isEqualTo("REFUSED");
    assertThat(forms.get(0).getJsonArray("messages").getJsonObject(0).getString("text"))
        .isEqualTo("The visit SE.WEEK6 of " + child + " has no form F.NOPE");
    assertThat(forms.get(1).getString("outcome")).isEqualTo("REFUSED");
    JsonObject unknown = item(forms.get(1), "I.LB_NOPE");
    assertThat(unknown.getString("outcome")).isEqualTo("REFUSED");
    assertThat(unknown.getJsonArray("messages").getJsonObject(0).getString("text"))
        .contains("I.LB_NOPE");
    assertThat(item(forms.get(1), "I.LB_CALPRO").getString("outcome")).isEqualTo("NOT_STORED");
  }

  @Test
  void aFileThatIsNotWellFormedIsRefusedWith400AndItsLineAndStoresNothing() {
    String child = registerAtBer();
    String whole = resource("lab-insert.xml").replace("${SUBJECT}", child);
    String truncated =
        whole.substring(0, whole.indexOf("<ItemGroupData ItemGroupOID=\"IG.LB_STOOL\""));

    Answer answer = api("inv.ber").postXml(IMPORT, truncated);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().getString("message")).matches("[0-9]+:[0-9]+ .*");
    assertThat(answer.json().getJsonArray("faults").getJsonObject(0).getInt("line")).isPositive();
    assertThat(export("inv.ber", child)).doesNotContain("F.LAB");
    assertThat(api("inv.ber").postWithType(IMPORT, whole, "application/json").status())
        .isEqualTo(415);
    assertThat(
            api("inv.ber")
                .postXml(IMPORT, whole + "<!--" + "x".repeat(17 * 1024 * 1024) + "-->")
                .status())
        .isEqualTo(413);
    assertThat(api("inv.ber").postXml("api/v1/studies/NOSUCH/clinicaldata", whole).status())
        .isEqualTo(404);
    assertThat(api("monitor").postXml(IMPORT, whole).status()).isEqualTo(403);
  }

  @Test
  void aChildOfAnotherSiteIsRefusedExactlyLikeOneThatDoesNotExist() {
    String child = registerAtBer();

    JsonObject otherSite = onlyForm(post("inv.pot", "lab-insert.xml", child));
    JsonObject nobody = onlyForm(post("inv.pot", "lab-insert.xml", "BER-9999"));

    assertThat(otherSite.getString("outcome")).isEqualTo("REFUSED");
    assertThat(otherSite.getJsonArray("messages").getJsonObject(0).getString("text"))
        .isEqualTo("No subject " + child + " in study TOPIT");
    assertThat(nobody.getJsonArray("messages").getJsonObject(0).getString("text"))
        .isEqualTo("No subject BER-9999 in study TOPIT");
    assertThat(api("inv.pot").getXml(exportPath(child)).status()).isEqualTo(404);
    assertThat(export("inv.ber", child)).doesNotContain("F.LAB");
  }

  @Test
  void aStoredRowOfARepeatingGroupIsRemovedWithTheFilesReason() throws Exception {
    String child = registerAtBer();
    post("inv.ber", "ae-rows.xml", child);

    JsonObject form = onlyForm(post("inv.ber", "ae-remove-row.xml", child));

    assertThat(form.getString("outcome")).as(form.toString()).isEqualTo("STORED");
    assertThat(form.getJsonArray("itemGroups").getJsonObject(0).getString("outcome"))
        .isEqualTo("REMOVED");
    assertThat(ItDatabase.auditEventsAbout(formPath(child, "SE.LOGS", "F.AE") + "/IG.AE[2]"))
        .extracting(AuditRow::type, AuditRow::reason)
        .contains(tuple("ITEM_GROUP_REMOVED", "Entered for the wrong child"));
    String odm = export("inv.ber", child);
    assertThat(odm).contains("Headache").doesNotContain("Rash");
  }

  @Test
  void theExportIsValidOdmAndImportsBackAsUpsertWithoutChangingAnything() throws Exception {
    String child = registerAtBer();
    post("inv.ber", "lab-insert.xml", child);
    post("inv.ber", "anthro.xml", child);
    post("inv.ber", "ae-rows.xml", child);
    post("inv.ber", "ae-remove-row.xml", child);
    String odm = export("inv.ber", child);
    int before = auditEventsOf(child);

    assertThat(schemaErrors(odm)).isEmpty();
    assertThat(odm)
        .contains("FileType=\"Snapshot\"")
        .contains("ItemOID=\"I.ANTHRO_BMI\"")
        .contains("ItemGroupRepeatKey=\"1\"")
        .doesNotContain("ItemGroupRepeatKey=\"2\"");
    String upsert =
        odm.replace("FileType=\"Snapshot\"", "FileType=\"Transactional\"")
            .replace("<FormData ", "<FormData TransactionType=\"Upsert\" ");
    Answer answer = api("inv.ber").postXml(IMPORT, upsert);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(forms(answer))
        .hasSize(3)
        .allSatisfy(form -> assertThat(form.getString("outcome")).isEqualTo("UNCHANGED"));
    assertThat(auditEventsOf(child)).isEqualTo(before);
    assertThat(withoutFileIdentity(export("inv.ber", child))).isEqualTo(withoutFileIdentity(odm));
  }

  /** The document without what differs between two exports of the same data. */
  private static String withoutFileIdentity(String odm) {
    return odm.replaceFirst("FileOID=\"[^\"]*\"", "")
        .replaceFirst("CreationDateTime=\"[^\"]*\"", "");
  }

  private String registerAtBer() {
    Answer created =
        api("inv.ber")
            .post(
                "api/v1/studies/TOPIT/subjects",
                "{\"site\": \"BER\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \"CD\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("subjectKey");
  }

  /** Posts a test file with its subject key and further placeholders replaced (pairs). */
  private Answer post(String user, String file, String subjectKey, String... replacements) {
    String xml = resource(file).replace("${SUBJECT}", subjectKey);
    for (int i = 0; i < replacements.length; i += 2) {
      xml = xml.replace(replacements[i], replacements[i + 1]);
    }
    return api(user).postXml(IMPORT, xml);
  }

  private String export(String user, String subjectKey) {
    Answer answer = api(user).getXml(exportPath(subjectKey));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.body();
  }

  private static String exportPath(String subjectKey) {
    return "api/v1/studies/TOPIT/subjects/" + subjectKey + "/clinicaldata";
  }

  private static List<JsonObject> forms(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("forms").getValuesAs(JsonObject.class);
  }

  private static JsonObject onlyForm(Answer answer) {
    List<JsonObject> forms = forms(answer);
    assertThat(forms).as(answer.toString()).hasSize(1);
    return forms.get(0);
  }

  private static List<JsonObject> items(JsonObject form) {
    List<JsonObject> items = new ArrayList<>();
    for (JsonObject group : form.getJsonArray("itemGroups").getValuesAs(JsonObject.class)) {
      items.addAll(group.getJsonArray("items").getValuesAs(JsonObject.class));
    }
    return items;
  }

  private static JsonObject item(JsonObject form, String itemOid) {
    return items(form).stream()
        .filter(item -> item.getString("itemOid").equals(itemOid))
        .findFirst()
        .orElseThrow(() -> new AssertionError(itemOid + " not in " + form));
  }

  private static String formPath(String subjectKey, String eventOid) {
    return formPath(subjectKey, eventOid, "F.LAB");
  }

  private static String formPath(String subjectKey, String eventOid, String formOid) {
    return "TOPIT/" + subjectKey + "/" + eventOid + "[1]/" + formOid;
  }

  private static String itemPath(String subjectKey, String eventOid, String group, String item) {
    return formPath(subjectKey, eventOid) + "/" + group + "[1]/" + item;
  }

  /** Every audit event about the subject's clinical data. */
  private static int auditEventsOf(String subjectKey) throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE target LIKE ?")) {
      statement.setString(1, "TOPIT/" + subjectKey + "/%");
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  /** Errors of a document against the ODM 1.3.2 schema, read offline from the project. */
  private static List<String> schemaErrors(String xml) throws SAXException, IOException {
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    Validator validator =
        factory
            .newSchema(Path.of("src/main/resources/odm/1.3.2/ODM1-3-2.xsd").toFile())
            .newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        });
    validator.validate(
        new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    return errors;
  }

  private static String resource(String name) {
    try (InputStream in =
        ClinicalDataApiIT.class.getResourceAsStream("/entry/clinicaldata/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test file /entry/clinicaldata/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  /**
   * The events about an item's value; a CRP above its soft limit also raises an automatic query
   * about the item (monitoring), which these tests do not look at.
   */
  private static List<AuditRow> valueEvents(List<AuditRow> events) {
    return events.stream().filter(event -> event.type().startsWith("ITEM_VALUE_")).toList();
  }
}
