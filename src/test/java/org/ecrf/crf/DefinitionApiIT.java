package org.ecrf.crf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Study definitions over the API: validation of any body (never a 5xx), upload of a new study
 * version (audited, never changed afterwards), and the current definition as ODM for every
 * signed-in user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DefinitionApiIT {

  private static final Path TOPIT = Path.of("crf-definitions", "TOPIT", "MDV.1.xml");

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void theBuiltInStudyIsLoadedAndItsOdmIsServedToEverySignedInUser() throws IOException {
    Answer versions = api("nurse.pot").get("api/v1/definitions");
    assertThat(versions.jsonArray().getValuesAs(JsonObject.class))
        .anySatisfy(
            v -> {
              assertThat(v.getString("study")).isEqualTo("TOPIT");
              assertThat(v.getString("metaDataVersion")).isEqualTo("MDV.1");
              assertThat(v.getString("source")).isEqualTo("BUILT_IN");
            });

    Answer metadata = api("nurse.pot").getXml("api/v1/studies/TOPIT/metadata");
    assertThat(metadata.status()).isEqualTo(200);
    assertThat(metadata.body()).isEqualTo(Files.readString(TOPIT, StandardCharsets.UTF_8));
    assertThat(api("nurse.pot").getXml("api/v1/studies/NOSUCH/metadata").status()).isEqualTo(404);
  }

  @Test
  void validatesTheBuiltInStudyAsValid() throws IOException {
    JsonObject report = validate("dm", Files.readString(TOPIT), false).json();

    assertThat(report.getBoolean("valid")).isTrue();
    assertThat(report.getJsonArray("errors")).isEmpty();
    assertThat(report.getInt("forms")).isGreaterThanOrEqualTo(16);
    assertThat(report.getString("study")).isEqualTo("TOPIT");
  }

  @Test
  void aDanglingReferenceIsReportedWithLineColumnAndTheMissingOid() throws IOException {
    String broken =
        Files.readString(TOPIT).replace("ItemOID=\"I.PUCAI_PAIN\"", "ItemOID=\"I.PUCAI_PAN\"");

    JsonObject report = validate("admin", broken, false).json();

    assertThat(report.getBoolean("valid")).isFalse();
    JsonObject error = report.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("message")).contains("I.PUCAI_PAN");
    assertThat(error.getInt("line")).isPositive();
    assertThat(error.getInt("column")).isPositive();
  }

  @Test
  void anyBodyGetsAReportAndNever5xx() {
    for (String body :
        new String[] {"", "hello", "<ODM", "\u0000\u0001binary", "<?xml version=\"1.0\"?><x/>"}) {
      Answer answer = validate("dm", body, false);
      assertThat(answer.status()).as(body).isEqualTo(200);
      assertThat(answer.json().getBoolean("valid")).isFalse();
      assertThat(answer.json().getJsonArray("errors")).isNotEmpty();
    }
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE ODM [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ODM>&x;</ODM>";

    Answer answer = validate("dm", xxe, false);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).doesNotContain("root:");
    assertThat(answer.json().getBoolean("valid")).isFalse();
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() {
    String huge = "<ODM>" + "x".repeat(17 * 1024 * 1024) + "</ODM>";

    assertThat(validate("dm", huge, false).status()).isEqualTo(413);
  }

  @Test
  void otherVendorsExtensionsAreAcceptedOnlyInLenientMode() throws IOException {
    String demo =
        Files.readString(
            Path.of(
                "..",
                "shared",
                "cdisc",
                "samples",
                "vendor-extension-demo",
                "sample-with-extension.xml"));

    assertThat(validate("dm", demo, false).json().getBoolean("valid")).isFalse();
    JsonObject lenient = validate("dm", demo, true).json();
    assertThat(lenient.getBoolean("valid")).isTrue();
    assertThat(lenient.getJsonArray("warnings")).isNotEmpty();
  }

  @Test
  void onlyAdministratorsAndDataManagersValidateAndOnlyAdministratorsUpload() throws IOException {
    assertThat(validate("inv.pot", "<ODM/>", false).status()).isEqualTo(403);
    assertThat(api("dm").postXml("api/v1/definitions", Files.readString(TOPIT)).status())
        .isEqualTo(403);
  }

  @Test
  void anUploadedStudyIsStoredOnceAuditedAndNeverChanged() throws Exception {
    String study =
        "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    String definition = Files.readString(TOPIT).replace("OID=\"TOPIT\"", "OID=\"" + study + "\"");

    Answer stored =
        api("admin").postXml("api/v1/definitions?fileName=" + study + ".xml", definition);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    assertThat(stored.json().getString("study")).isEqualTo(study);

    assertThat(api("admin").postXml("api/v1/definitions", definition).status())
        .as("same file again")
        .isEqualTo(200);
    Answer conflict =
        api("admin").postXml("api/v1/definitions", definition.replace("Pediatric", "Paediatric"));
    assertThat(conflict.status()).as("other content, same version").isEqualTo(409);

    assertThat(api("sponsor").getXml("api/v1/studies/" + study + "/metadata").body())
        .isEqualTo(definition);
    assertThat(ItDatabase.auditEventsAbout("definition:" + study + "/MDV.1"))
        .extracting(ItDatabase.AuditRow::type)
        .containsExactly("DEFINITION_UPLOADED");
  }

  @Test
  void anInvalidUploadIsRefusedWithItsFaults() {
    Answer answer = api("admin").postXml("api/v1/definitions", "<ODM/>");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getBoolean("valid")).isFalse();
  }

  private Answer validate(String user, String body, boolean lenient) {
    return api(user)
        .postXml("api/v1/definitions/validate" + (lenient ? "?lenient=true" : ""), body);
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
