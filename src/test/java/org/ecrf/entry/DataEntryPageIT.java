package org.ecrf.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.Browser;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.EntryEvent;
import org.ecrf.testing.ItDeployments;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The generic entry page in a real browser against MariaDB: a study nurse enters a PUCAI by
 * keyboard and sees the total while typing; saving writes values and audit events; a change to a
 * saved value asks for a reason; errors block and warnings wait for confirmation; skip logic hides
 * items and they are not stored; a second user's save over a changed form is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataEntryPageIT {

  private static final String PUCAI = "F.PUCAI";
  private static final String PAIN = "entry:sections:0:fields:0:valueRadio:";
  private static final String BLEEDING = "entry:sections:0:fields:1:valueRadio:";
  private static final String CONSISTENCY = "entry:sections:0:fields:2:valueRadio:";
  private static final String STOOLS = "entry:sections:0:fields:3:valueText";
  private static final String NOCTURNAL = "entry:sections:0:fields:4:valueRadio:";
  private static final String ACTIVITY = "entry:sections:0:fields:5:valueRadio:";

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
  void nurseEntersAPucaiAtWeekZeroByKeyboardAndSeesTheLiveTotal() throws SQLException {
    Browser.signIn(browser, deployment, "nurse.pot");
    openForm(browser, "POT-0001", "SE.WEEK0", PUCAI);

    browser.findElement(By.id(PAIN + "0")).sendKeys(Keys.ARROW_DOWN);
    new Actions(browser)
        .sendKeys(Keys.TAB, Keys.ARROW_DOWN, Keys.ARROW_DOWN)
        .sendKeys(Keys.TAB, Keys.ARROW_DOWN)
        .sendKeys(Keys.TAB, "7")
        .sendKeys(Keys.TAB, Keys.ARROW_DOWN)
        .sendKeys(Keys.TAB, Keys.ARROW_DOWN)
        .perform();

    Browser.waitFor(browser).until(ExpectedConditions.textToBe(derived("I.PUCAI_TOTAL"), "55"));
    assertThat(browser.findElement(derived("I.PUCAI_CATEGORY")).getText()).isEqualTo("Moderate");
    assertThat(ItDatabase.entryEvents("POT-0001", "SE.WEEK0", PUCAI)).isEmpty();

    new Actions(browser).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();

    waitForMessage(browser, "Saved.");
    List<EntryEvent> events = ItDatabase.entryEvents("POT-0001", "SE.WEEK0", PUCAI);
    assertThat(events)
        .extracting(EntryEvent::type, EntryEvent::itemOid, EntryEvent::newValue)
        .contains(
            tuple("ITEM_VALUE_ENTERED", "I.PUCAI_PAIN", "5"),
            tuple("ITEM_VALUE_ENTERED", "I.PUCAI_STOOLS", "7"),
            tuple("ITEM_VALUE_ENTERED", "I.PUCAI_TOTAL", "55"));
    assertThat(events).allSatisfy(event -> assertThat(event.actor()).isEqualTo("nurse.pot"));
    assertThat(events).allSatisfy(event -> assertThat(event.source()).isEqualTo("PAGE"));
    assertThat(events).allSatisfy(event -> assertThat(event.role()).isEqualTo("NURSE"));
  }

  @Test
  void changingASavedValueAsksForAReasonThatTheAuditTrailKeeps() throws SQLException {
    String child = registerChildWithUlcerativeColitis();
    Browser.signIn(browser, deployment, "inv.pot");
    openForm(browser, child, "SE.WEEK2", PUCAI);
    fillPucai(browser, "0");
    save(browser);
    waitForMessage(browser, "Saved.");

    click(browser, PAIN + "2");
    save(browser);
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonForm:reasonText")));
    assertThat(browser.findElement(By.id("reasonForm:changes")).getText())
        .contains("Abdominal pain")
        .contains("0 (No pain)")
        .contains("10 (Pain that cannot be ignored)");

    browser.findElement(By.id("reasonForm:saveWithReason")).click();
    waitForMessage(browser, "Give a reason");
    assertThat(changesOf(child, "SE.WEEK2")).isEmpty();

    browser.findElement(By.id("reasonForm:reasonText")).sendKeys("Transcription error");
    browser.findElement(By.id("reasonForm:saveWithReason")).click();
    waitForMessage(browser, "Saved.");

    assertThat(changesOf(child, "SE.WEEK2"))
        .extracting(EntryEvent::itemOid, EntryEvent::oldValue, EntryEvent::newValue)
        .containsExactlyInAnyOrder(
            tuple("I.PUCAI_PAIN", "0", "10"),
            tuple("I.PUCAI_TOTAL", "0", "10"),
            tuple("I.PUCAI_CATEGORY", "REMISSION", "MILD"));
    assertThat(changesOf(child, "SE.WEEK2"))
        .extracting(EntryEvent::itemOid, EntryEvent::reason)
        .containsExactlyInAnyOrder(
            tuple("I.PUCAI_PAIN", "Transcription error"),
            tuple("I.PUCAI_TOTAL", "derived by the platform from the changed inputs"),
            tuple("I.PUCAI_CATEGORY", "derived by the platform from the changed inputs"));
  }

  @Test
  void anInvalidValueBlocksSavingAndAnImplausibleOneWarnsUntilConfirmed() throws SQLException {
    String child = registerChildWithUlcerativeColitis();
    Browser.signIn(browser, deployment, "inv.pot");
    openForm(browser, child, "SE.WEEK6", PUCAI);
    fillPucai(browser, "0");
    WebElement stools = browser.findElement(By.id(STOOLS));
    stools.clear();
    stools.sendKeys("seven", Keys.TAB);
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("entry"), "is not a number"));

    save(browser);
    waitForMessage(browser, "Not saved");
    assertThat(ItDatabase.entryEvents(child, "SE.WEEK6", PUCAI)).isEmpty();

    stools = browser.findElement(By.id(STOOLS));
    stools.clear();
    stools.sendKeys("31", Keys.TAB);
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-key='IG.PUCAI|1|I.PUCAI_STOOLS'] .ecrf-message-WARNING")));
    assertThat(browser.findElement(By.id("entry:summary")).getText()).contains("Warnings to check");
    WebElement confirm =
        browser.findElement(
            By.cssSelector("[data-key='IG.PUCAI|1|I.PUCAI_STOOLS'] .ecrf-confirm input"));
    confirm.click();
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("entry:summary"), "Warnings to check")));

    save(browser);
    waitForMessage(browser, "Saved.");
    assertThat(ItDatabase.entryEvents(child, "SE.WEEK6", PUCAI))
        .extracting(EntryEvent::type, EntryEvent::itemOid)
        .contains(
            tuple("ITEM_VALUE_ENTERED", "I.PUCAI_STOOLS"),
            tuple("WARNING_CONFIRMED", "I.PUCAI_STOOLS"));
  }

  @Test
  void aSecondSaveOverAFormChangedMeanwhileIsRefusedAndOverwritesNothing() throws SQLException {
    String child = registerChildWithUlcerativeColitis();
    WebDriver nurse = Browser.start();
    try {
      Browser.signIn(browser, deployment, "inv.pot");
      Browser.signIn(nurse, deployment, "nurse.pot");
      openForm(browser, child, "SE.WEEK14", PUCAI);
      openForm(nurse, child, "SE.WEEK14", PUCAI);

      fillPucai(browser, "0");
      save(browser);
      waitForMessage(browser, "Saved.");

      fillPucai(nurse, "1");
      save(nurse);
      waitForMessage(nurse, "was changed by inv.pot");
    } finally {
      nurse.quit();
    }
    assertThat(ItDatabase.entryEvents(child, "SE.WEEK14", PUCAI))
        .allSatisfy(event -> assertThat(event.actor()).isEqualTo("inv.pot"))
        .filteredOn(event -> "I.PUCAI_PAIN".equals(event.itemOid()))
        .extracting(EntryEvent::newValue)
        .containsExactly("0");
  }

  @Test
  void anImportAndAPageSaveOfTheSameValuesWriteTheSameAuditEvents() throws SQLException {
    String onPage = registerChildWithUlcerativeColitis();
    String imported = registerChildWithUlcerativeColitis();
    Browser.signIn(browser, deployment, "inv.pot");
    openForm(browser, onPage, "SE.WEEK22", PUCAI);
    fillPucai(browser, "1");
    save(browser);
    waitForMessage(browser, "Saved.");

    Answer answer =
        ApiClient.asDemoUser(deployment, "inv.pot")
            .postXml("api/v1/studies/TOPIT/clinicaldata", pucaiOdm(imported));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getJsonObject("counts").getInt("formsStored")).isEqualTo(1);

    List<EntryEvent> page = ItDatabase.entryEvents(onPage, "SE.WEEK22", PUCAI);
    List<EntryEvent> api = ItDatabase.entryEvents(imported, "SE.WEEK22", PUCAI);
    assertThat(api)
        .extracting(
            EntryEvent::type,
            EntryEvent::groupRepeat,
            EntryEvent::itemOid,
            EntryEvent::oldValue,
            EntryEvent::newValue,
            EntryEvent::reason)
        .containsExactlyInAnyOrderElementsOf(
            page.stream()
                .map(
                    e ->
                        tuple(
                            e.type(),
                            e.groupRepeat(),
                            e.itemOid(),
                            e.oldValue(),
                            e.newValue(),
                            e.reason()))
                .toList());
    assertThat(page).extracting(EntryEvent::source).containsOnly("PAGE");
    assertThat(api).extracting(EntryEvent::source).containsOnly("IMPORT");
  }

  /** The values {@link #fillPucai} gives with option 1 and 2 stools, as an ODM import. */
  private static String pucaiOdm(String subjectKey) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Transactional"
             FileOID="PUCAI.IT" CreationDateTime="2026-03-01T10:00:00Z">
          <ClinicalData StudyOID="TOPIT" MetaDataVersionOID="MDV.1">
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="SE.WEEK22">
                <FormData FormOID="F.PUCAI" TransactionType="Insert">
                  <ItemGroupData ItemGroupOID="IG.PUCAI">
                    <ItemData ItemOID="I.PUCAI_PAIN" Value="5"/>
                    <ItemData ItemOID="I.PUCAI_BLEEDING" Value="10"/>
                    <ItemData ItemOID="I.PUCAI_CONSISTENCY" Value="5"/>
                    <ItemData ItemOID="I.PUCAI_STOOLS" Value="2"/>
                    <ItemData ItemOID="I.PUCAI_NOCTURNAL" Value="10"/>
                    <ItemData ItemOID="I.PUCAI_ACTIVITY" Value="5"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
          </ClinicalData>
        </ODM>
        """
        .formatted(subjectKey);
  }

  @Test
  void investigatorEnrolsAChildAtPotsdamRandomisesAndOpensWeekZero() {
    Browser.signIn(browser, deployment, "inv.pot");
    browser.get(deployment + "subjects/list.xhtml?study=TOPIT");
    browser.findElement(By.id("subjects:register")).click();
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration:site")));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("PrimeFaces.getWidgetById('registration:site').selectValue('POT');");
    browser.findElement(By.id("registration:birthMonth")).sendKeys("201305");
    browser.findElement(By.cssSelector("label[for='registration:sex:0']")).click();
    browser.findElement(By.cssSelector("label[for='registration:diagnosis:1']")).click();
    browser.findElement(By.id("registration:save")).click();
    Browser.waitFor(browser).until(ExpectedConditions.urlContains("subjects/subject.xhtml"));
    String child = browser.getCurrentUrl().replaceAll(".*subject=([A-Z]+-[0-9]+).*", "$1");
    assertThat(child).startsWith("POT-");
    assertThat(browser.findElement(By.id("blocking")).getText()).contains("not answered");

    openForm(browser, child, "SE.SCREENING", "F.ELIGIBILITY");
    choose(browser, "IG.CONSENT|1|I.CONSENT_GIVEN", "Y");
    setDate(browser, "IG.CONSENT|1|I.CONSENT_DATE", "2026-01-05");
    choose(browser, "IG.CONSENT|1|I.ASSENT_OBTAINED", "Y");
    setDate(browser, "IG.CONSENT|1|I.ASSENT_DATE", "2026-01-05");
    for (String inclusion : List.of("AGE", "DIAGNOSIS", "IFX_START", "FOLLOW_UP")) {
      choose(browser, "IG.INCLUSION|1|I.INCL_" + inclusion, "Y");
    }
    for (String exclusion :
        List.of(
            "PRIOR_ANTI_TNF",
            "INFECTION",
            "ABSCESS",
            "SURGERY_PLANNED",
            "MALIGNANCY",
            "HYPERSENSITIVITY",
            "PREGNANCY",
            "OTHER_TRIAL")) {
      choose(browser, "IG.EXCLUSION|1|I.EXCL_" + exclusion, "N");
    }
    save(browser);
    waitForMessage(browser, "Saved.");

    browser.findElement(By.id("back")).click();
    Browser.waitFor(browser)
        .until(ExpectedConditions.elementToBeClickable(By.id("randomisation:randomise")))
        .click();
    Browser.waitFor(browser)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("allocation"), "Randomised to"));
    assertThat(browser.findElement(By.id("allocation")).getText()).contains("inv.pot");

    browser
        .findElement(
            By.cssSelector(
                "a[href*='event=SE.WEEK0'][href*='form=F.ANTHRO'][href*='subject=" + child + "']"))
        .click();
    Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry")));
    assertThat(browser.findElement(By.id("formFacts")).getText())
        .contains(child)
        .contains("Week 0");
  }

  private static void setDate(WebDriver driver, String key, String isoDate) {
    WebElement field = input(driver, key, "input[type='date']");
    Browser.waitFor(driver).until(ExpectedConditions.visibilityOf(field));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            isoDate);
  }

  @Test
  void medicalHistoryRowsFollowSkipLogicAndARemovedRowIsAuditedNotDeleted() throws SQLException {
    String child = registerChildWithUlcerativeColitis();
    Browser.signIn(browser, deployment, "nurse.pot");
    openForm(browser, child, "SE.SCREENING", "F.MEDICAL_HISTORY");

    addRow(browser);
    type(browser, "IG.MH|1|I.MH_TERM", "Appendectomy");
    new Select(input(browser, "IG.MH|1|I.MH_CATEGORY", "select")).selectByValue("IBD_SURGERY");
    type(browser, "IG.MH|1|I.MH_START_DATE", "2019-05");
    choose(browser, "IG.MH|1|I.MH_ONGOING", "N");
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOf(item(browser, "IG.MH|1|I.MH_END_DATE")));
    type(browser, "IG.MH|1|I.MH_END_DATE", "2019-06");

    addRow(browser);
    type(browser, "IG.MH|2|I.MH_TERM", "Arthralgia");
    new Select(input(browser, "IG.MH|2|I.MH_CATEGORY", "select")).selectByValue("EIM");
    choose(browser, "IG.MH|2|I.MH_ONGOING", "N");
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOf(item(browser, "IG.MH|2|I.MH_END_DATE")));
    type(browser, "IG.MH|2|I.MH_END_DATE", "2020");
    choose(browser, "IG.MH|2|I.MH_ONGOING", "Y");
    Browser.waitFor(browser)
        .until(ExpectedConditions.invisibilityOf(item(browser, "IG.MH|2|I.MH_END_DATE")));

    save(browser);
    waitForMessage(browser, "Saved.");
    List<EntryEvent> saved = ItDatabase.entryEvents(child, "SE.SCREENING", "F.MEDICAL_HISTORY");
    assertThat(saved)
        .extracting(EntryEvent::groupRepeat, EntryEvent::itemOid, EntryEvent::newValue)
        .contains(
            tuple(1, "I.MH_TERM", "Appendectomy"),
            tuple(1, "I.MH_START_DATE", "2019-05"),
            tuple(1, "I.MH_END_DATE", "2019-06"),
            tuple(2, "I.MH_TERM", "Arthralgia"),
            tuple(2, "I.MH_ONGOING", "Y"))
        .doesNotContain(tuple(2, "I.MH_END_DATE", "2020"));

    openForm(browser, child, "SE.SCREENING", "F.MEDICAL_HISTORY");
    assertThat(input(browser, "IG.MH|1|I.MH_TERM", "input").getAttribute("value"))
        .isEqualTo("Appendectomy");
    assertThat(
            new Select(input(browser, "IG.MH|1|I.MH_CATEGORY", "select"))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("IBD_SURGERY");
    assertThat(input(browser, "IG.MH|1|I.MH_ONGOING", "input[value='N']").isSelected()).isTrue();
    assertThat(item(browser, "IG.MH|2|I.MH_END_DATE").isDisplayed()).isFalse();

    browser.findElements(By.cssSelector("button[id$='removeRow']")).get(0).click();
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("button[id$='removeRow']"), 1));
    save(browser);
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonForm:reasonText")));
    browser.findElement(By.id("reasonForm:reasonText")).sendKeys("Entered for the wrong child");
    browser.findElement(By.id("reasonForm:saveWithReason")).click();
    waitForMessage(browser, "Saved.");

    assertThat(ItDatabase.entryEvents(child, "SE.SCREENING", "F.MEDICAL_HISTORY"))
        .filteredOn(event -> event.type().equals("ITEM_GROUP_REMOVED"))
        .extracting(EntryEvent::groupRepeat, EntryEvent::reason)
        .containsExactly(tuple(1, "Entered for the wrong child"));
    openForm(browser, child, "SE.SCREENING", "F.MEDICAL_HISTORY");
    assertThat(browser.findElements(By.cssSelector("[data-key='IG.MH|1|I.MH_TERM']"))).isEmpty();
    assertThat(input(browser, "IG.MH|2|I.MH_TERM", "input").getAttribute("value"))
        .isEqualTo("Arthralgia");
  }

  private static void addRow(WebDriver driver) {
    int before = driver.findElements(By.cssSelector(".ecrf-row")).size();
    driver.findElement(By.cssSelector("button[id$='addRow']")).click();
    Browser.waitFor(driver)
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ecrf-row"), before + 1));
  }

  private static WebElement item(WebDriver driver, String key) {
    return driver.findElement(By.cssSelector("[data-key='" + key + "']"));
  }

  private static WebElement input(WebDriver driver, String key, String selector) {
    return item(driver, key).findElement(By.cssSelector(selector));
  }

  private static void type(WebDriver driver, String key, String text) {
    WebElement field = input(driver, key, ".ecrf-answer input, .ecrf-answer textarea");
    field.clear();
    field.sendKeys(text, Keys.TAB);
  }

  private static void choose(WebDriver driver, String key, String value) {
    input(driver, key, "input[value='" + value + "']").click();
  }

  private List<EntryEvent> changesOf(String child, String event) throws SQLException {
    return ItDatabase.entryEvents(child, event, PUCAI).stream()
        .filter(e -> e.type().equals("ITEM_VALUE_CHANGED"))
        .toList();
  }

  /** Picks the same option (by position) in every PUCAI choice and 2 stools a day. */
  private static void fillPucai(WebDriver driver, String option) {
    for (String item : List.of(PAIN, BLEEDING, CONSISTENCY, NOCTURNAL, ACTIVITY)) {
      click(driver, item + option);
    }
    WebElement stools = driver.findElement(By.id(STOOLS));
    stools.clear();
    stools.sendKeys("2", Keys.TAB);
    Browser.waitFor(driver)
        .until(ExpectedConditions.not(ExpectedConditions.textToBe(derived("I.PUCAI_TOTAL"), "")));
  }

  private static void click(WebDriver driver, String id) {
    driver.findElement(By.id(id)).click();
  }

  private static void save(WebDriver driver) {
    driver.findElement(By.id("entry:save")).click();
  }

  private static By derived(String itemOid) {
    return By.cssSelector("[data-item='" + itemOid + "'] .ecrf-derived-value");
  }

  private static void waitForMessage(WebDriver driver, String text) {
    Browser.waitFor(driver)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
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
    Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry")));
  }

  private String registerChildWithUlcerativeColitis() {
    return ApiClient.asDemoUser(deployment, "inv.pot")
        .post(
            "api/v1/studies/TOPIT/subjects",
            "{\"site\": \"POT\", \"birthMonth\": \"2013-02\", \"sex\": \"M\", \"diagnosis\": \"UC\"}")
        .json()
        .getString("subjectKey");
  }
}
