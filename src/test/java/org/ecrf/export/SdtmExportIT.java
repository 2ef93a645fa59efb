package org.ecrf.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ecrf.export.define.DefineSchema;
import org.ecrf.export.format.DatasetJsonSchema;
import org.ecrf.export.format.ReadstatCli;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDTM and Define-XML exports end to end, on TOPIT children made through the API (a guided and
 * a standard-arm child with infusions and trough levels): every SAS transport file is read by
 * Debian's readstat, every Dataset-JSON file is valid against the CDISC schema, the define.xml in
 * the zip and the one of {@code export/define} are valid Define-XML 2.1, the rows reconcile with
 * what the database holds, the file's SHA-256 is the one announced, and the export is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SdtmExportIT {

  private static final String STUDY = TopitChildren.STUDY;

  @ArquillianResource private URL deployment;
  @TempDir Path folder;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  /** Whether the children were made (once for the class: each takes places of the list). */
  private static boolean childrenMade;

  @BeforeEach
  void someChildrenWithInfusionsAndLevels() {
    if (childrenMade) {
      return;
    }
    childrenMade = true;
    TopitChildren topit = new TopitChildren(deployment);
    for (String arm : new String[] {"TDM", "STANDARD"}) {
      String child = topit.childInArm("inv.ber", "BER", "CD", arm);
      topit.importOdm("inv.ber", TopitChildren.infusion(child, "SE.WEEK0", "2026-01-05"));
      topit.importOdm(
          "dm", TopitChildren.trough(child, "SE.WEEK14", "2026-04-13", "4.2", "NEG", ""));
    }
  }

  @Test
  void everyTransportFileIsReadByReadstatAndTheRowsReconcileWithTheDatabase() throws Exception {
    ApiClient.Download zip = api("dm").download(STUDY + "export/sdtm?format=xpt");
    assertThat(zip.status()).as(zip.text()).isEqualTo(200);
    assertChecksumAnnounced(zip);
    Map<String, Path> files = unzip(zip.body());
    JsonObject job = job("dm", zip);

    assertThat(files).containsKeys("dm.xpt", "lb.xpt", "pc.xpt", "ex.xpt", "ts.xpt", "define.xml");
    for (Map.Entry<String, Path> file : files.entrySet()) {
      if (file.getKey().endsWith(".xpt")) {
        String dataset = file.getKey().replace(".xpt", "").toUpperCase(java.util.Locale.ROOT);
        int rows = ReadstatCli.csv(file.getValue()).size() - 1;
        assertThat((long) rows).as(dataset).isEqualTo(written(job, dataset + " records"));
      }
    }
    assertThat(job.getBoolean("reconciles")).as(job.toString()).isTrue();
    long subjects = count("SELECT COUNT(*) FROM subject WHERE study_oid = 'TOPIT'");
    assertThat(ReadstatCli.csv(files.get("dm.xpt"))).hasSize((int) subjects + 1);
    assertThat(written(job, "Subjects")).isEqualTo(subjects);
    assertThat(read(job, "Item values"))
        .isEqualTo(
            count(
                "SELECT COUNT(*) FROM item_data i JOIN item_group_data g ON i.item_group_data_id = g.id"
                    + " JOIN form_data f ON g.form_data_id = f.id"
                    + " JOIN study_event_data e ON f.study_event_data_id = e.id"
                    + " JOIN subject s ON e.subject_id = s.id"
                    + " WHERE s.study_oid = 'TOPIT' AND g.removed = 0"));
    try (InputStream define = Files.newInputStream(files.get("define.xml"))) {
      assertThat(DefineSchema.instance().validate(define)).isEmpty();
    }
    assertThat(Files.readString(files.get("define.xml")))
        .contains("def:leaf ID=\"LF.DM\" xlink:href=\"dm.xpt\"");
    assertThat(
            ItDatabase.auditEventsAbout("export:TOPIT/" + zip.header("X-Export-Id")).stream()
                .map(ItDatabase.AuditRow::type))
        .containsExactly("EXPORT_CREATED");
  }

  @Test
  void everyDatasetJsonFileIsValidAgainstTheCdiscSchema() throws Exception {
    ApiClient.Download zip = api("sponsor").download(STUDY + "export/sdtm?format=dataset-json");
    assertThat(zip.status()).as(zip.text()).isEqualTo(200);
    Map<String, Path> files = unzip(zip.body());
    JsonObject job = job("sponsor", zip);
    assertThat(files).containsKeys("dm.json", "lb.json", "define.xml");
    for (Map.Entry<String, Path> file : files.entrySet()) {
      if (file.getKey().endsWith(".json")) {
        byte[] json = Files.readAllBytes(file.getValue());
        assertThat(DatasetJsonSchema.violations(json)).as(file.getKey()).isEmpty();
        String dataset = file.getKey().replace(".json", "").toUpperCase(java.util.Locale.ROOT);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
          JsonObject content = reader.readObject();
          assertThat(content.getString("name")).isEqualTo(dataset);
          assertThat((long) content.getInt("records"))
              .isEqualTo(content.getJsonArray("rows").size())
              .isEqualTo(written(job, dataset + " records"));
        }
      }
    }
  }

  @Test
  void aQueuedExportRunsInTheBackgroundAndItsFileMatchesItsChecksum() throws Exception {
    Answer queued = api("dm").post(STUDY + "exports", "{\"kind\": \"SDTM\", \"format\": \"csv\"}");
    assertThat(queued.status()).as(queued.body()).isEqualTo(202);
    long id = queued.json().getJsonNumber("id").longValue();
    JsonObject done = awaitFinished("dm", id);
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
    ApiClient.Download file = api("dm").download(STUDY + "exports/" + id + "/file");
    assertThat(file.status()).isEqualTo(200);
    assertThat(sha256(file.body())).isEqualTo(done.getString("sha256"));
    assertThat((long) file.body().length).isEqualTo(done.getJsonNumber("bytes").longValue());
    Map<String, Path> files = unzip(file.body());
    assertThat(Files.readAllLines(files.get("dm.csv")).get(0)).startsWith("STUDYID,DOMAIN,USUBJID");
  }

  @Test
  void theDefineAloneIsValidDefineXml() throws Exception {
    ApiClient.Download define = api("dm").download(STUDY + "export/define");
    assertThat(define.status()).as(define.text()).isEqualTo(200);
    assertThat(DefineSchema.instance().validate(new ByteArrayInputStream(define.body()))).isEmpty();
    assertThat(define.text()).contains("def:DefineVersion=\"2.1.0\"", "SASDatasetName=\"LB\"");
  }

  private JsonObject awaitFinished(String user, long id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      Answer answer = api(user).get(STUDY + "exports/" + id);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      String status = answer.json().getString("status");
      if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
        return answer.json();
      }
      Thread.sleep(250);
    }
  }

  private JsonObject job(String user, ApiClient.Download download) {
    Answer answer = api(user).get(STUDY + "exports/" + download.header("X-Export-Id"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  private static long read(JsonObject job, String what) {
    return line(job, what).getJsonNumber("read").longValue();
  }

  private static long written(JsonObject job, String what) {
    return line(job, what).getJsonNumber("written").longValue();
  }

  private static JsonObject line(JsonObject job, String what) {
    return job.getJsonArray("reconciliation").getValuesAs(JsonObject.class).stream()
        .filter(line -> line.getString("what").equals(what))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line '" + what + "' in " + job));
  }

  private static void assertChecksumAnnounced(ApiClient.Download download) throws Exception {
    assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256(download.body()));
  }

  private static String sha256(byte[] body) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
  }

  private Map<String, Path> unzip(byte[] zip) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    Path into = Files.createTempDirectory(folder, "zip");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = into.resolve(entry.getName());
        Files.copy(in, file);
        files.put(entry.getName(), file);
      }
    }
    return files;
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
