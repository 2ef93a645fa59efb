package org.ecrf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.Browser;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.EntryEvent;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.PageSession;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The monitoring panel of the form page in a real browser against MariaDB (issue 7, "Done when"):
 * the monitor verifies TOPIT's week-6 laboratory form and raises a query on the ESR, the
 * investigator corrects the value in the form and answers, the monitor closes the query. Also: a
 * visit dated outside its window on the page gets one automatic query, a locked subject's form is
 * read-only on the page, and the monitoring pages open for the roles they are for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringPageIT {

  private static final String STUDY = TopitChildren.STUDY;
  private static final String ESR = "IG.LB_INFLAMMATION|1|I.LB_ESR";

  @ArquillianResource private URL deployment;

  private WebDriver browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void monitorVerifiesAndQueriesInvestigatorCorrectsAndAnswersMonitorCloses() throws SQLException {
    String child = childWithWeek6Lab();
    Answer complete =
        api("inv.ber").post(formPath(child) + "/transitions", "{\"to\": \"COMPLETE\"}");
    assertThat(complete.status()).as(complete.body()).isEqualTo(200);

    Browser.signIn(browser, deployment, "monitor");
    openLab(browser, child);
    click(browser, "monitoringForm:verifyForm");
    waitForMessage(browser, "Every item left to verify is marked verified.");
    assertThat(browser.findElements(By.cssSelector("#monitoringForm li.ecrf-sdv-done"))).hasSize(2);
    assertThat(browser.findElement(By.id("monitoringStatus")).getText()).isEqualTo("verified");
    new Select(browser.findElement(By.id("monitoringForm:queryTarget"))).selectByValue(ESR);
    browser
        .findElement(By.id("monitoringForm:queryText"))
        .sendKeys("The laboratory report says 25 mm/h. Please check.");
    click(browser, "monitoringForm:raiseQuery");
    waitForMessage(browser, "The query is raised");
    long query = onlyQuery(child).getJsonNumber("id").longValue();
    restartBrowser();

    Browser.signIn(browser, deployment, "inv.ber");
    openLab(browser, child);
    WebElement esr = input(browser, ESR);
    esr.clear();
    esr.sendKeys("25", Keys.TAB);
    click(browser, "entry:save");
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonForm:reasonText")));
    browser.findElement(By.id("reasonForm:reasonText")).sendKeys("Transcription error, query");
    click(browser, "reasonForm:saveWithReason");
    waitForMessage(browser, "Saved.");
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li[data-item='I.LB_ESR'].ecrf-sdv-pending")));
    reply(browser, query, "Corrected to 25 mm/h as in the laboratory report.", "answer");
    waitForMessage(browser, "the query is answered");
    restartBrowser();

    Browser.signIn(browser, deployment, "monitor");
    openLab(browser, child);
    assertThat(browser.findElement(By.id("monitoringStatus")).getText()).isEqualTo("in progress");
    reply(browser, query, "Thank you, matches the source.", "close");
    waitForMessage(browser, "The query is closed.");

    assertThat(onlyQuery(child).getJsonArray("messages").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("status") + " by " + m.getString("author"))
        .containsExactly("OPEN by monitor", "ANSWERED by inv.ber", "CLOSED by monitor");
    List<EntryEvent> events = ItDatabase.entryEvents(child, "SE.WEEK6", "F.LAB");
    assertThat(events)
        .filteredOn(e -> e.type().equals("ITEM_VALUE_CHANGED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.itemOid()).isEqualTo("I.LB_ESR");
              assertThat(e.newValue()).startsWith("25");
              assertThat(e.actor()).isEqualTo("inv.ber");
            });
    assertThat(events)
        .filteredOn(e -> e.type().equals("SDV_RESET"))
        .extracting(EntryEvent::itemOid)
        .containsExactly("I.LB_ESR");
    assertThat(events)
        .filteredOn(e -> e.type().equals("SDV_VERIFIED"))
        .extracting(EntryEvent::actor)
        .containsOnly("monitor")
        .hasSize(2);
  }

  @Test
  void aVisitDatedOutsideItsWindowOnThePageGetsOneAutomaticQuery() {
    TopitChildren topit = new TopitChildren(deployment);
    String child = topit.randomised("inv.ber", "BER", "CD");
    topit.importOdm("inv.ber", TopitChildren.infusion(child, "SE.WEEK0", "2026-01-12"));

    Browser.signIn(browser, deployment, "inv.ber");
    for (int save = 0; save < 2; save++) {
      openForm(browser, child, "SE.WEEK2", "F.ANTHRO");
      setDate(browser, browser.findElement(By.id("entry:visitDate")), "2026-02-10");
      click(browser, "entry:save");
      waitForMessage(browser, "Saved.");
    }

    List<JsonObject> onVisit =
        queries("monitor", child).stream()
            .filter(q -> !q.containsKey("form") || q.isNull("form"))
            .toList();
    assertThat(onVisit)
        .singleElement()
        .satisfies(
            query -> {
              assertThat(query.getString("origin")).isEqualTo("AUTOMATIC");
              assertThat(query.getString("event")).isEqualTo("SE.WEEK2");
              assertThat(query.getString("status")).isEqualTo("OPEN");
              assertThat(query.getJsonArray("messages").getJsonObject(0).getString("text"))
                  .startsWith("The visit date 2026-02-10 is outside the visit window")
                  .contains("2026-01-23 to 2026-01-29");
            });
    openForm(browser, child, "SE.WEEK2", "F.ANTHRO");
    assertThat(browser.findElement(By.id("monitoring")).getText())
        .contains("The visit (date, schedule)")
        .contains("The visit date 2026-02-10 is outside the visit window");
  }

  @Test
  void aLockedSubjectsFormIsReadOnlyOnThePage() {
    String child = childWithWeek6Lab();
    Answer locked =
        api("dm")
            .post(
                STUDY + "lock",
                "{\"scope\": \"SUBJECT\", \"subjectKey\": \""
                    + child
                    + "\", \"action\": \"LOCK\", \"reason\": \"Database lock for the interim"
                    + " analysis\"}");
    assertThat(locked.status()).as(locked.body()).isEqualTo(200);

    Browser.signIn(browser, deployment, "inv.ber");
    openLab(browser, child);

    assertThat(browser.findElement(By.cssSelector(".ecrf-readonly-note")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.id("entry:save"))).isEmpty();
    assertThat(input(browser, ESR).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("monitoringStatus")).getText()).isEqualTo("locked");
    assertThat(browser.findElements(By.id("monitoringForm:complete"))).isEmpty();
  }

  @Test
  void theMonitoringPagesOpenForTheRolesTheyAreFor() {
    String child = childWithWeek6Lab();
    for (String user : List.of("monitor", "dm", "sponsor", "inv.ber")) {
      PageSession session = PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD);
      HttpResponse<String> inbox = session.get("monitoring/queries.xhtml?study=TOPIT");
      assertThat(inbox.statusCode()).as(user).isEqualTo(200);
      assertThat(inbox.body()).as(user).contains("awaiting you");
      HttpResponse<String> form =
          session.get(
              "entry/form.xhtml?study=TOPIT&subject=" + child + "&event=SE.WEEK6&form=F.LAB");
      assertThat(form.body()).as(user).contains("Source data verification");
    }
    for (String user : List.of("monitor", "dm", "sponsor")) {
      HttpResponse<String> dashboard =
          PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD)
              .get("monitoring/dashboard.xhtml?study=TOPIT");
      assertThat(dashboard.statusCode()).as(user).isEqualTo(200);
      assertThat(dashboard.body()).as(user).contains("BER").contains("overdue visits");
    }
    HttpResponse<String> worklist =
        PageSession.signIn(deployment, "monitor", ApiClient.DEMO_PASSWORD)
            .get("monitoring/sdv.xhtml?study=TOPIT");
    assertThat(worklist.statusCode()).isEqualTo(200);
    assertThat(worklist.body()).contains(child);
    HttpResponse<String> refused =
        PageSession.signIn(deployment, "inv.ber", ApiClient.DEMO_PASSWORD)
            .get("monitoring/sdv.xhtml?study=TOPIT");
    assertThat(refused.body()).doesNotContain(child).contains("Not allowed");
  }

  private void reply(WebDriver driver, long query, String text, String button) {
    String thread = "div[data-query='" + query + "'] ";
    driver.findElement(By.cssSelector(thread + "textarea")).sendKeys(text);
    driver.findElement(By.cssSelector(thread + "button[id$=':" + button + "']")).click();
  }

  private JsonObject onlyQuery(String child) {
    List<JsonObject> all = queries("monitor", child);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private List<JsonObject> queries(String user, String child) {
    Answer answer = api(user).get(STUDY + "queries?subjectKey=" + child);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.jsonArray().getValuesAs(JsonObject.class);
  }

  /** A child at BER with week-6 laboratory values (sample date, ESR 20, CRP 20: no warning). */
  private String childWithWeek6Lab() {
    TopitChildren topit = new TopitChildren(deployment);
    String child = topit.register("inv.ber", "BER", "CD");
    topit.importOdm(
        "inv.ber",
        TopitChildren.odm(
            """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="SE.WEEK6">
                <FormData FormOID="F.LAB" TransactionType="Insert">
                  <ItemGroupData ItemGroupOID="IG.LB_SAMPLE">
                    <ItemData ItemOID="I.LB_DATE" Value="2026-02-27"/>
                  </ItemGroupData>
                  <ItemGroupData ItemGroupOID="IG.LB_INFLAMMATION">
                    <ItemData ItemOID="I.LB_ESR" Value="20"/>
                    <ItemData ItemOID="I.LB_CRP" Value="20"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
            """
                .formatted(child)));
    return child;
  }

  private static String formPath(String child) {
    return STUDY + "subjects/" + child + "/forms/SE.WEEK6/F.LAB";
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  private static WebElement input(WebDriver driver, String key) {
    return driver.findElement(By.cssSelector("[data-key='" + key + "'] .ecrf-answer input"));
  }

  private static void setDate(WebDriver driver, WebElement field, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            isoDate);
  }

  private static void click(WebDriver driver, String id) {
    Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  private static void waitForMessage(WebDriver driver, String text) {
    Browser.waitFor(driver)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
  }

  /** A fresh browser, as the next user at another computer. */
  private void restartBrowser() {
    browser.quit();
    browser = Browser.start();
  }

  private void openLab(WebDriver driver, String child) {
    openForm(driver, child, "SE.WEEK6", "F.LAB");
  }

  private void openForm(WebDriver driver, String subject, String event, String form) {
    driver.get(
        deployment
            + "entry/form.xhtml?study=TOPIT&subject="
            + subject
            + "&event="
            + event
            + "&form="
            + form);
    Browser.waitFor(driver)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("monitoring")));
  }
}
