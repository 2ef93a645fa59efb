package org.ecrf.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.Browser;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.AuditRow;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dosing advice end to end against MariaDB: a guided-arm child with a low trough level gets the
 * recommendation on the infusion form and the decision on it is audited; no page or API answer to
 * an investigator, nurse or monitor contains a standard-arm child's trough or antibody value; the
 * deviation listing shows an override to those who may see it; and in a real browser an
 * investigator enters a trough level and sees the recommendation on the infusion form. Every test
 * randomises its own children at POT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DosingAdviceIT {

  private static final String STUDY = "api/v1/studies/TOPIT/";
  private static final String WEEK_6 = "2026-02-09";
  private static final String WEEK_14 = "2026-04-06";

  /** Values distinctive enough that no page or answer contains them by chance. */
  private static final String BLINDED_LEVEL = "27.3";

  private static final String BLINDED_ANTIBODIES = "63.17";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aGuidedArmChildWithALowTroughGetsTheAdviceAndTheDecisionIsAudited() throws SQLException {
    String child = guidedChildWithLowTroughBeforeWeek14();

    importOdm(
        "inv.pot",
        TopitChildren.infusion(child, "SE.WEEK14", WEEK_14, "35", "5", "175", "FOLLOW", ""));

    String odm = export("inv.pot", child);
    assertThat(odm)
        .contains("ItemOID=\"I.INF_REC_RULE\" Value=\"DR.SHORTEN\"")
        .contains("ItemOID=\"I.INF_REC_DOSE_MGKG\" Value=\"5\"")
        .contains("ItemOID=\"I.INF_REC_INTERVAL_WEEKS\" Value=\"6\"");
    String page = page("inv.pot", formPage(child, "SE.WEEK14", "F.INFUSION"));
    assertThat(page)
        .contains("DR.SHORTEN")
        .contains("5 mg/kg = 175 mg for 35 kg")
        .contains("to be confirmed against the TOPIT protocol");
    assertThat(page("inv.pot", "subjects/subject.xhtml?study=TOPIT&subject=" + child))
        .as("the subject page charts the guided-arm child's trough levels")
        .contains("id=\"troughChart\"")
        .contains("3.2");

    importOdm(
        "inv.pot",
        TopitChildren.infusion(
                child, "SE.WEEK14", WEEK_14, "35", "5", "175", "OVERRIDE", "Ongoing flare")
            .replace("TransactionType=\"Insert\"", "TransactionType=\"Update\"")
            .replace("<!--REASON-->", reasonForChange("Decision revised after review")));

    List<AuditRow> decision =
        ItDatabase.auditEventsAbout(
            itemPath(child, "SE.WEEK14", "IG.INF_ADVICE", "I.INF_DECISION"));
    assertThat(decision)
        .extracting(AuditRow::type, AuditRow::actor)
        .containsExactly(
            tuple("ITEM_VALUE_ENTERED", "inv.pot"), tuple("ITEM_VALUE_CHANGED", "inv.pot"));
    assertThat(decision.get(1).reason()).isEqualTo("Decision revised after review");
    assertThat(
            ItDatabase.auditEventsAbout(
                itemPath(child, "SE.WEEK14", "IG.INF_ADVICE", "I.INF_REC_RULE")))
        .extracting(AuditRow::type)
        .containsExactly("ITEM_VALUE_ENTERED");
  }

  @Test
  void noAnswerToSiteStaffOrMonitorsContainsAStandardArmTroughOrAntibodyValue() {
    String child = childInArm("STANDARD");
    importOdm(
        "dm",
        TopitChildren.trough(
            child, "SE.WEEK14", WEEK_14, BLINDED_LEVEL, "POS", BLINDED_ANTIBODIES));
    assertThat(export("dm", child)).contains(BLINDED_LEVEL).contains(BLINDED_ANTIBODIES);

    for (String user : List.of("inv.pot", "nurse.pot", "monitor")) {
      PageSession session = PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD);
      HttpResponse<String> troughPage = session.get(formPage(child, "SE.WEEK14", "F.TROUGH"));
      assertThat(troughPage.statusCode()).as(user).isEqualTo(200);
      assertThat(troughPage.body()).as(user).contains("blinded");
      HttpResponse<String> infusionPage = session.get(formPage(child, "SE.WEEK14", "F.INFUSION"));
      assertThat(infusionPage.body())
          .as(user)
          .contains("Standard arm, standard regimen")
          .doesNotContainPattern("DR\\.[A-Z]");
      assertThat(session.get("subjects/subject.xhtml?study=TOPIT&subject=" + child).body())
          .as(user + ": no trough chart for a standard-arm child")
          .doesNotContain("troughChart");
      List<String> answers =
          List.of(
              troughPage.body(),
              infusionPage.body(),
              session.get("subjects/subject.xhtml?study=TOPIT&subject=" + child).body(),
              session.get("audit/history.xhtml?study=TOPIT&subject=" + child).body(),
              api(user).getXml(STUDY + "subjects/" + child + "/clinicaldata").body(),
              api(user).get(STUDY + "audit/events?subject=" + child).body(),
              api(user).get(STUDY + "dosing/deviations").body());
      assertThat(answers)
          .as(user)
          .allSatisfy(
              body ->
                  assertThat(body)
                      .doesNotContain(BLINDED_LEVEL)
                      .doesNotContain(BLINDED_LEVEL.replace('.', ','))
                      .doesNotContain(BLINDED_ANTIBODIES)
                      .doesNotContain(BLINDED_ANTIBODIES.replace('.', ',')));
    }
  }

  @Test
  void theDeviationListingShowsAnOverrideToTheDataManagerSponsorAndInvestigatorOfTheSite() {
    String child = guidedChildWithLowTroughBeforeWeek14();
    importOdm(
        "inv.pot",
        TopitChildren.infusion(
            child, "SE.WEEK14", WEEK_14, "35", "10", "350", "OVERRIDE", "Ongoing flare"));

    for (String user : List.of("dm", "sponsor", "inv.pot")) {
      Answer answer = api(user).get(STUDY + "dosing/deviations");
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      JsonObject row =
          answer.jsonArray().getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getString("subjectKey").equals(child))
              .findFirst()
              .orElseThrow(() -> new AssertionError(user + ": " + child + " not in " + answer));
      assertThat(row.getString("eventOid")).isEqualTo("SE.WEEK14");
      assertThat(row.getString("ruleOid")).isEqualTo("DR.SHORTEN");
      assertThat(row.getString("decisionReason")).isEqualTo("Ongoing flare");
      assertThat(row.getJsonArray("reasons").toString()).contains("OVERRIDE");
    }
    assertThat(api("inv.ber").get(STUDY + "dosing/deviations").body()).doesNotContain(child);
    assertThat(api("nurse.pot").get(STUDY + "dosing/deviations").status()).isEqualTo(403);
    assertThat(page("dm", "dosing/deviations.xhtml?study=TOPIT"))
        .contains(child)
        .contains("Recommendation overridden: Ongoing flare.");
  }

  @Test
  void anInvestigatorEntersATroughLevelAndSeesTheRecommendationOnTheInfusionForm() {
    String child = childInArm("TDM");
    importOdm(
        "inv.pot",
        TopitChildren.infusion(child, "SE.WEEK6", WEEK_6, "30", "5", "150", "FOLLOW", ""));
    WebDriver browser = Browser.start();
    try {
      Browser.signIn(browser, deployment, "inv.pot");
      openForm(browser, child, "SE.WEEK14", "F.TROUGH");
      setValue(browser, "IG.TROUGH_SAMPLE|1|I.TROUGH_DATE", WEEK_14);
      setValue(browser, "IG.TROUGH_SAMPLE|1|I.TROUGH_TIME", "08:30");
      choose(browser, "IG.TROUGH_SAMPLE|1|I.TROUGH_PRE_INFUSION", "Y");
      type(browser, "IG.TROUGH_SAMPLE|1|I.TROUGH_ASSAY", "ELISA, site lab");
      type(browser, "IG.TROUGH_SAMPLE|1|I.TROUGH_LLOQ", "0.4");
      choose(browser, "IG.TROUGH_RESULT|1|I.TROUGH_IFX_BLQ", "N");
      type(browser, "IG.TROUGH_RESULT|1|I.TROUGH_IFX", "3.2");
      browser.findElement(By.id("entry:save")).click();
      Browser.waitFor(browser)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));

      openForm(browser, child, "SE.WEEK14", "F.INFUSION");
      type(browser, "IG.INF_ADMIN|1|I.INF_WEIGHT_KG", "35");

      Browser.waitFor(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("[id$='recommendedDose']"), "5 mg/kg = 175 mg for 35 kg"));
      assertThat(browser.findElement(By.cssSelector("[id$='ruleOid']")).getText())
          .isEqualTo("DR.SHORTEN");
      assertThat(browser.findElement(By.cssSelector("[id$='recommendedInterval']")).getText())
          .contains("6 weeks");
    } finally {
      browser.quit();
    }
  }

  /** A guided-arm child with the week 6 infusion (5 mg/kg, followed) and a trough of 3.2 µg/mL. */
  private String guidedChildWithLowTroughBeforeWeek14() {
    String child = childInArm("TDM");
    importOdm(
        "inv.pot",
        TopitChildren.infusion(child, "SE.WEEK6", WEEK_6, "30", "5", "150", "FOLLOW", ""));
    importOdm("inv.pot", TopitChildren.trough(child, "SE.WEEK14", WEEK_14, "3.2", "NEG", ""));
    return child;
  }

  private String childInArm(String arm) {
    return new TopitChildren(deployment).childInArm("inv.pot", "POT", "CD", arm);
  }

  private void importOdm(String user, String odm) {
    Answer answer = api(user).postXml(STUDY + "clinicaldata", odm);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().getJsonObject("counts").getInt("formsRefused"))
        .as(answer.toString())
        .isZero();
  }

  private String export(String user, String child) {
    Answer answer = api(user).getXml(STUDY + "subjects/" + child + "/clinicaldata");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.body();
  }

  private String page(String user, String path) {
    HttpResponse<String> response =
        PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD).get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  private static String formPage(String child, String event, String form) {
    return "entry/form.xhtml?study=TOPIT&subject=" + child + "&event=" + event + "&form=" + form;
  }

  private static String itemPath(String child, String event, String group, String item) {
    return "TOPIT/" + child + "/" + event + "[1]/F.INFUSION/" + group + "[1]/" + item;
  }

  private static String reasonForChange(String reason) {
    return "<AuditRecord><UserRef UserOID=\"U.IT\"/><LocationRef LocationOID=\"L.IT\"/>"
        + "<DateTimeStamp>2026-04-06T12:00:00Z</DateTimeStamp><ReasonForChange>"
        + reason
        + "</ReasonForChange></AuditRecord>";
  }

  private void openForm(WebDriver driver, String child, String event, String form) {
    driver.get(deployment + formPage(child, event, form));
    Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry")));
  }

  private static WebElement input(WebDriver driver, String key, String selector) {
    return driver
        .findElement(By.cssSelector("[data-key='" + key + "']"))
        .findElement(By.cssSelector(selector));
  }

  private static void type(WebDriver driver, String key, String text) {
    WebElement field = input(driver, key, ".ecrf-answer input, .ecrf-answer textarea");
    Browser.waitFor(driver).until(ExpectedConditions.visibilityOf(field));
    field.clear();
    field.sendKeys(text, Keys.TAB);
  }

  private static void choose(WebDriver driver, String key, String value) {
    WebElement option = input(driver, key, "input[value='" + value + "']");
    Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(option));
    option.click();
  }

  /** Date and time inputs: set as the browser's picker would, then announce the change. */
  private static void setValue(WebDriver driver, String key, String value) {
    WebElement field = input(driver, key, ".ecrf-answer input");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            value);
  }
}
