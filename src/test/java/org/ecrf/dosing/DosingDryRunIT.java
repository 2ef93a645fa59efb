package org.ecrf.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.Browser;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.PageSession;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dosing rule set dry run end to end against MariaDB: with two guided-arm children whose
 * troughs are stored, a candidate definition whose maintenance window starts at 3 instead of 5
 * µg/mL reports exactly the infusion whose advice changes, the unchanged definition reports none,
 * only a data manager may run it, a malformed file is refused naming the problem, and nothing is
 * stored; in a browser a data manager uploads the candidate on the page and sees the changed
 * advice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DosingDryRunIT {

  private static final String STUDY = "api/v1/studies/TOPIT/";
  private static final String DRY_RUN = STUDY + "dosing/dry-run";
  private static final String WEEK_6 = "2026-02-09";
  private static final String WEEK_14 = "2026-04-06";
  private static final String WEEK_22 = "2026-06-01";
  private static final String MAINTENANCE_WINDOW =
      "<edc:TargetWindow LowUgPerMl=\"5\" HighUgPerMl=\"10\"/>";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aLowerMaintenanceWindowReportsExactlyTheInfusionsWhoseAdviceChanges()
      throws IOException, SQLException {
    String belowOldWindow = guidedChildWithTroughs("4", "4");
    String inBothWindows = guidedChildWithTroughs("4", "7");
    Set<String> children = Set.of(belowOldWindow, inBothWindows);
    long storedBefore = storedDefinitions();
    String candidate = lowerMaintenanceWindow();
    assertThat(candidate).isNotEqualTo(topit());

    Answer answer = api("dm").postXml(DRY_RUN, candidate);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonObject report = answer.json();
    assertThat(report.getJsonObject("current").getString("label"))
        .isEqualTo("TOPIT proactive TDM v1");
    assertThat(report.getJsonObject("candidate").getString("label"))
        .isEqualTo("TOPIT proactive TDM v2");
    assertThat(report.getInt("infusionsCompared")).isGreaterThanOrEqualTo(6);
    List<JsonObject> ours =
        report.getJsonArray("differences").getValuesAs(JsonObject.class).stream()
            .filter(difference -> children.contains(difference.getString("subjectKey")))
            .toList();
    assertThat(ours)
        .extracting(d -> d.getString("subjectKey"), d -> d.getString("eventOid"))
        .containsExactly(tuple(belowOldWindow, "SE.WEEK22"));
    JsonObject difference = ours.get(0);
    assertThat(difference.getJsonArray("kinds").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("RULE", "INTERVAL");
    JsonObject before = difference.getJsonObject("current");
    JsonObject after = difference.getJsonObject("candidate");
    assertThat(before.getString("ruleOid")).isEqualTo("DR.SHORTEN");
    assertThat(before.getInt("intervalWeeks")).isEqualTo(4);
    assertThat(before.getString("doseMgPerKg")).isEqualTo("5");
    assertThat(after.getString("ruleOid")).isEqualTo("DR.CONTINUE");
    assertThat(after.getInt("intervalWeeks")).isEqualTo(6);
    assertThat(after.getString("doseMgPerKg")).isEqualTo("5");

    Answer unchanged = api("dm").postXml(DRY_RUN, topit());
    assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
    assertThat(unchanged.json().getJsonArray("differences")).isEmpty();
    assertThat(unchanged.json().getInt("infusionsCompared"))
        .isEqualTo(report.getInt("infusionsCompared"));

    assertThat(storedDefinitions()).isEqualTo(storedBefore);
    assertThat(currentVersion()).isEqualTo("MDV.1");
  }

  @Test
  void onlyADataManagerMayRunIt() throws IOException {
    for (String user : List.of("inv.pot", "nurse.pot", "monitor")) {
      Answer answer = api(user).postXml(DRY_RUN, topit());
      assertThat(answer.status()).as(user + ": " + answer).isEqualTo(403);
    }
  }

  @Test
  void aDataManagerUploadsACandidateOnThePageAndSeesTheChangedAdvice() throws IOException {
    String child = guidedChildWithTroughs("4", "4");
    Path candidate = Files.createTempFile("MDV.2-", ".xml");
    Path malformed = Files.createTempFile("MDV.2-broken-", ".xml");
    Files.writeString(candidate, lowerMaintenanceWindow(), StandardCharsets.UTF_8);
    Files.writeString(
        malformed,
        topit().replace(MAINTENANCE_WINDOW, "<edc:TargetWindow LowUgPerMl=\"5\""),
        StandardCharsets.UTF_8);
    WebDriver browser = Browser.start();
    try {
      Browser.signIn(browser, deployment, "dm");
      browser.get(deployment + "dosing/dry-run.xhtml?study=TOPIT");
      assertThat(browser.findElement(By.id("currentRuleSet")).getText())
          .contains("TOPIT proactive TDM v1 (MDV.1)");

      compare(browser, candidate);
      Browser.waitFor(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("summary"), "would get different advice"));
      assertThat(browser.findElement(By.id("differences")).getText())
          .contains(child)
          .contains("DR.SHORTEN")
          .contains("DR.CONTINUE");

      compare(browser, malformed);
      Browser.waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
      assertThat(browser.findElement(By.id("refusal")).getText())
          .contains("is not a valid study definition");
      assertThat(browser.findElements(By.id("summary"))).isEmpty();
    } finally {
      browser.quit();
      Files.deleteIfExists(candidate);
      Files.deleteIfExists(malformed);
    }
  }

  @Test
  void thePageIsForDataManagersOnly() {
    for (String user : List.of("inv.pot", "nurse.pot", "monitor")) {
      var refused =
          PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD)
              .get("dosing/dry-run.xhtml?study=TOPIT");
      assertThat(refused.body()).as(user).doesNotContain("dryRun:compare");
      assertThat(refused.body()).as(user).doesNotContain("dosingDryRun");
    }
  }

  @Test
  void aMalformedFileIsRefusedNamingTheLineAndProblemAndNothingIsStored()
      throws IOException, SQLException {
    long storedBefore = storedDefinitions();
    String malformed = topit().replace(MAINTENANCE_WINDOW, "<edc:TargetWindow LowUgPerMl=\"5\"");

    Answer answer = api("dm").postXml(DRY_RUN + "?fileName=MDV.2.xml", malformed);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().getString("field")).isEqualTo("definition");
    assertThat(answer.json().getString("message"))
        .contains("MDV.2.xml is not a valid study definition")
        .containsPattern("MDV\\.2\\.xml:\\d+:\\d+: ERROR ");
    assertThat(storedDefinitions()).isEqualTo(storedBefore);
    assertThat(currentVersion()).isEqualTo("MDV.1");
  }

  /**
   * A guided-arm child at POT: week 6 given at 5 mg/kg, trough before week 14 (followed advice),
   * trough before week 22 and the week 22 infusion; levels as given.
   */
  private String guidedChildWithTroughs(String week14Level, String week22Level) {
    String child = childInArm("TDM");
    importOdm(TopitChildren.infusion(child, "SE.WEEK6", WEEK_6, "30", "5", "150", "FOLLOW", ""));
    importOdm(TopitChildren.trough(child, "SE.WEEK14", WEEK_14, week14Level, "NEG", ""));
    importOdm(TopitChildren.infusion(child, "SE.WEEK14", WEEK_14, "35", "5", "175", "FOLLOW", ""));
    importOdm(TopitChildren.trough(child, "SE.WEEK22", WEEK_22, week22Level, "NEG", ""));
    importOdm(TopitChildren.infusion(child, "SE.WEEK22", WEEK_22, "35", "5", "175", "", ""));
    return child;
  }

  private String childInArm(String arm) {
    return new TopitChildren(deployment).childInArm("inv.pot", "POT", "CD", arm);
  }

  private void importOdm(String odm) {
    new TopitChildren(deployment).importOdm("inv.pot", odm);
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  private String currentVersion() {
    Answer versions = api("dm").get("api/v1/definitions");
    assertThat(versions.status()).as(versions.toString()).isEqualTo(200);
    return versions.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(version -> version.getString("study").equals("TOPIT"))
        .map(version -> version.getString("metaDataVersion"))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  private static long storedDefinitions() throws SQLException {
    try (Connection connection = ItDatabase.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM study_definition")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** TOPIT with rule set version 2 whose maintenance window starts at 3 instead of 5 µg/mL. */
  private static String lowerMaintenanceWindow() throws IOException {
    return topit()
        .replace(MAINTENANCE_WINDOW, MAINTENANCE_WINDOW.replace("\"5\"", "\"3\""))
        .replace("<edc:DosingRuleSet Version=\"1\"", "<edc:DosingRuleSet Version=\"2\"");
  }

  /** Chooses the file and presses Compare (a full page submit), then waits for the new page. */
  private static void compare(WebDriver driver, Path file) {
    WebElement input = driver.findElement(By.cssSelector("input[type='file']"));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement button = driver.findElement(By.id("dryRun:compare"));
    button.click();
    Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
  }

  private static String topit() throws IOException {
    return Files.readString(Path.of("crf-definitions/TOPIT/MDV.1.xml"), StandardCharsets.UTF_8);
  }
}
