package org.ecrf.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.Browser;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.PageSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit trail views, over the API and as a page: who sees which subjects' events, narrowing,
 * filters by user and date, paging, and the page in English and German. Every test registers its
 * own subjects (through the API, which audits the registration) and never counts other tests'
 * events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditHistoryIT {

  private static final String EVENTS = "api/v1/studies/TOPIT/audit/events";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @ParameterizedTest(name = "{0} reads the history of a child registered at POT")
  @CsvSource({"monitor", "dm", "sponsor", "inv.pot", "nurse.pot"})
  void readersOfTheSiteAndStudyWideRolesSeeASubjectsHistory(String reader) {
    String key = register("inv.pot", "POT");

    Answer answer = api(reader).get(EVENTS + "?subject=" + key);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonObject page = answer.json();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(page.getInt("offset")).isZero();
    assertThat(page.getInt("limit")).isEqualTo(50);
    JsonObject event = page.getJsonArray("events").getJsonObject(0);
    assertThat(event.getString("type")).isEqualTo("SUBJECT_ENROLLED");
    assertThat(event.getString("user")).isEqualTo("inv.pot");
    assertThat(event.getString("role")).isEqualTo("INVESTIGATOR");
    assertThat(event.getString("site")).isEqualTo("POT");
    assertThat(event.getString("source")).isEqualTo("API");
    assertThat(event.getString("newValue")).contains("site POT");
    assertThat(event.isNull("oldValue")).isTrue();
    assertThat(event.getBoolean("valuesHidden")).isFalse();
    assertThat(event.getJsonObject("path").getString("study")).isEqualTo("TOPIT");
    assertThat(event.getJsonObject("path").getString("subject")).isEqualTo(key);
    assertThat(event.getJsonObject("path").isNull("event")).isTrue();
    assertThat(Instant.parse(event.getString("occurredAt"))).isBefore(Instant.now().plusSeconds(5));
  }

  @Test
  void anotherSitesSubjectIsNotFoundAndNeverListed() {
    String key = register("inv.pot", "POT");

    Answer asBerlin = api("inv.ber").get(EVENTS + "?subject=" + key);
    assertThat(asBerlin.status()).as(asBerlin.toString()).isEqualTo(404);
    assertThat(asBerlin.body()).doesNotContain("inv.pot");
    assertThat(api("inv.ber").get(EVENTS + "?subject=" + key + "&event=SE.WEEK0").status())
        .isEqualTo(404);
    assertThat(api("inv.ber").get(EVENTS + "?subject=BER-9999").status()).isEqualTo(404);

    JsonObject studyWide = api("inv.ber").get(EVENTS + "?user=inv.pot&limit=500").json();
    assertThat(studyWide.getJsonNumber("total").longValue()).isZero();
    assertThat(studyWide.getJsonArray("events")).isEmpty();
  }

  @Test
  void administratorsMayNotReadTheTrailOfClinicalData() {
    String key = register("inv.pot", "POT");

    assertThat(api("admin").get(EVENTS).status()).isEqualTo(403);
    assertThat(api("admin").get(EVENTS + "?subject=" + key).status()).isEqualTo(403);
    assertThat(api("dm").get("api/v1/studies/NOSUCH/audit/events").status()).isEqualTo(404);
  }

  @Test
  void narrowingBelowTheSubjectFindsOnlyEventsThere() {
    String key = register("nurse.pot", "POT");
    String base = EVENTS + "?subject=" + key;

    assertThat(total("monitor", base)).isEqualTo(1);
    assertThat(total("monitor", base + "&event=SE.WEEK0&repeat=1")).isZero();
    assertThat(total("monitor", base + "&event=SE.WEEK0&repeat=1&form=F.PUCAI")).isZero();
    assertThat(
            total(
                "monitor",
                base
                    + "&event=SE.WEEK0&repeat=1&form=F.PUCAI&group=IG.PUCAI&groupRepeat=1"
                    + "&item=I.PUCAI_PAIN"))
        .isZero();
    assertThat(total("monitor", EVENTS + "?subject=" + key.toLowerCase())).isEqualTo(1);
  }

  @Test
  void filtersByUserAndByDateOrTime() {
    String key = register("inv.ber", "BER");
    JsonObject event = onlyEventOf(key);
    Instant at = Instant.parse(event.getString("occurredAt"));
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    String base = EVENTS + "?subject=" + key;

    assertThat(total("monitor", base + "&user=inv.ber")).isEqualTo(1);
    assertThat(total("monitor", base + "&user=inv.pot")).isZero();
    assertThat(total("monitor", base + "&from=" + day + "&to=" + day)).isEqualTo(1);
    assertThat(total("monitor", base + "&from=" + day.plusDays(1))).isZero();
    assertThat(total("monitor", base + "&to=" + day.minusDays(1))).isZero();
    assertThat(total("monitor", base + "&from=" + at + "&to=" + at)).isEqualTo(1);
    assertThat(total("monitor", base + "&from=" + at.plus(1, ChronoUnit.MICROS))).isZero();
    assertThat(total("monitor", base + "&to=" + at.minus(1, ChronoUnit.MICROS))).isZero();

    JsonObject byBerlin = api("dm").get(EVENTS + "?user=inv.ber&from=" + day + "&limit=500").json();
    assertThat(byBerlin.getJsonArray("events").getValuesAs(JsonObject.class))
        .allSatisfy(e -> assertThat(e.getString("user")).isEqualTo("inv.ber"))
        .anySatisfy(e -> assertThat(e.getJsonObject("path").getString("subject")).isEqualTo(key));
  }

  @Test
  void pagesOfTheStudyWideHistoryAddUpToTheTotalNewestFirst() {
    List<String> keys = List.of(register("nurse.pot", "POT"), register("nurse.pot", "POT"));
    String newest = register("nurse.pot", "POT");
    LocalDate day =
        LocalDate.ofInstant(
            Instant.parse(onlyEventOf(keys.get(0)).getString("occurredAt")), ZoneOffset.UTC);
    String query = EVENTS + "?user=nurse.pot&from=" + day;
    long total = total("dm", query);
    assertThat(total).isGreaterThanOrEqualTo(3);

    List<JsonObject> seen = new ArrayList<>();
    for (int offset = 0; offset < total; offset += 2) {
      JsonObject page = api("dm").get(query + "&limit=2&offset=" + offset).json();
      assertThat(page.getJsonNumber("total").longValue()).isEqualTo(total);
      assertThat(page.getJsonArray("events")).hasSizeLessThanOrEqualTo(2).isNotEmpty();
      seen.addAll(page.getJsonArray("events").getValuesAs(JsonObject.class));
    }

    assertThat(seen).hasSize((int) total);
    assertThat(seen.stream().map(e -> e.getJsonNumber("id").longValue()).distinct())
        .hasSize((int) total);
    assertThat(seen)
        .isSortedAccordingTo(
            Comparator.comparing((JsonObject e) -> Instant.parse(e.getString("occurredAt")))
                .thenComparing(e -> e.getJsonNumber("id").longValue())
                .reversed());
    assertThat(seen.get(0).getJsonObject("path").getString("subject")).isEqualTo(newest);
    assertThat(seen.stream().map(e -> e.getJsonObject("path").getString("subject")))
        .containsAll(keys);
    JsonObject beyond = api("dm").get(query + "&offset=" + total).json();
    assertThat(beyond.getJsonArray("events")).isEmpty();
    assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(total);
  }

  @ParameterizedTest(name = "{0}={1} is refused naming {0}")
  @CsvSource({
    "from, 2026-02-30",
    "to, 1.3.2026",
    "limit, 501",
    "limit, 0",
    "offset, -1",
    "repeat, 1",
    "groupRepeat, x"
  })
  void aWrongParameterIsAnswered400NamingIt(String name, String value) {
    Answer answer =
        api("dm").get(EVENTS + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().getString("field")).isEqualTo(name);
    assertThat(answer.json().getString("message")).contains(name);
  }

  @Test
  void theOpenApiDescriptionDocumentsTheCall() {
    Answer description = api("dm").getWithAccept("/openapi", "application/json");

    assertThat(description.status()).as(description.toString()).isEqualTo(200);
    assertThat(description.body())
        .contains("/audit/events")
        .contains("Read the audit trail of clinical data")
        .contains("groupRepeat");
  }

  @Test
  void thePageShowsTheHistoryInEnglishAndGerman() {
    String key = register("inv.pot", "POT");
    PageSession monitor = PageSession.signIn(deployment, "monitor", ApiClient.DEMO_PASSWORD);
    String page = "audit/history.xhtml?study=TOPIT&subject=" + key;

    HttpResponse<String> english = monitor.getInLanguage(page, "en");
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body())
        .contains("Audit trail of subject " + key)
        .contains("Subject registered")
        .contains("inv.pot")
        .contains("Investigator")
        .contains(" UTC")
        .contains("site POT")
        .doesNotContain("???");

    HttpResponse<String> german = monitor.getInLanguage(page, "de");
    assertThat(german.statusCode()).isEqualTo(200);
    assertThat(german.body())
        .contains("Audit-Trail des Patienten " + key)
        .contains("Patient registriert")
        .contains("Pr\u00fcfarzt")
        .doesNotContain("???");
  }

  @Test
  void thePageOfAnItemSaysWhatItIsTheHistoryOf() {
    String key = register("inv.pot", "POT");
    String page =
        "audit/history.xhtml?study=TOPIT&subject="
            + key
            + "&event=SE.WEEK0&repeat=1&form=F.PUCAI&group=IG.PUCAI&groupRepeat=1&item=I.PUCAI_PAIN";

    HttpResponse<String> response =
        PageSession.signIn(deployment, "inv.pot", ApiClient.DEMO_PASSWORD).get(page);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Audit trail of item I.PUCAI_PAIN, PUCAI, Week 0, " + key)
        .contains("No audit events.")
        .doesNotContain("???");
  }

  @Test
  void thePageFiltersByUserAndDateFromItsAddress() {
    String key = register("inv.pot", "POT");
    LocalDate day =
        LocalDate.ofInstant(
            Instant.parse(onlyEventOf(key).getString("occurredAt")), ZoneOffset.UTC);
    PageSession dm = PageSession.signIn(deployment, "dm", ApiClient.DEMO_PASSWORD);
    String page = "audit/history.xhtml?study=TOPIT&subject=" + key;

    assertThat(dm.get(page + "&user=inv.pot&from=" + day + "&to=" + day).body())
        .contains("Subject registered");
    assertThat(dm.get(page + "&user=nurse.pot").body())
        .doesNotContain("Subject registered")
        .contains("No audit events.");
    assertThat(dm.get(page + "&from=" + day.plusDays(1)).body()).contains("No audit events.");
    HttpResponse<String> badDate = dm.get(page + "&from=2026-02-30");
    assertThat(badDate.statusCode()).isEqualTo(200);
    assertThat(badDate.body()).contains("from is a date");
  }

  @Test
  void thePageOfAnotherSitesSubjectIsNotFoundAndForbiddenToAdministrators() {
    String key = register("inv.pot", "POT");
    String page = "audit/history.xhtml?study=TOPIT&subject=" + key;

    HttpResponse<String> berlin =
        PageSession.signIn(deployment, "inv.ber", ApiClient.DEMO_PASSWORD).get(page);
    assertThat(berlin.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(berlin.body()).contains("Not found").doesNotContain("Subject registered");

    HttpResponse<String> admin =
        PageSession.signIn(deployment, "admin", ApiClient.DEMO_PASSWORD).get(page);
    assertThat(admin.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(admin.body()).contains("Not allowed").doesNotContain("Subject registered");
  }

  @Test
  void aDataManagerPagesFiltersAndSwitchesLanguageInABrowser() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      keys.add(register("nurse.pot", "POT"));
    }
    LocalDate day =
        LocalDate.ofInstant(
            Instant.parse(onlyEventOf(keys.get(0)).getString("occurredAt")), ZoneOffset.UTC);
    String newest = keys.get(keys.size() - 1);
    WebDriver browser = Browser.start();
    try {
      Browser.signIn(browser, deployment, "dm");
      browser.get(deployment + "audit/history.xhtml?study=TOPIT&user=nurse.pot&from=" + day);
      WebElement firstRow = firstRow(browser);
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("Audit trail of study TOPIT");
      assertThat(firstRow.getText()).contains(newest).contains("nurse.pot");
      assertThat(rows(browser)).hasSize(50);

      browser.findElements(By.cssSelector(".ui-paginator-next")).get(0).click();
      Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(firstRow));
      assertThat(firstRow(browser).getText()).doesNotContain(newest).contains("nurse.pot");
      assertThat(browser.findElement(By.cssSelector(".ui-paginator-current")).getText())
          .startsWith("51");

      WebElement user = browser.findElement(By.id("filter:user"));
      user.clear();
      user.sendKeys("inv.ber");
      browser.findElement(By.id("filter:apply")).click();
      Browser.waitFor(browser).until(ExpectedConditions.urlContains("user=inv.ber"));
      assertThat(browser.getCurrentUrl()).contains("from=" + day).contains("study=TOPIT");
      assertThat(browser.findElement(By.id("history:events")).getText())
          .doesNotContain("nurse.pot");
      browser.get(deployment + "audit/history.xhtml?study=TOPIT&subject=" + newest);
      WebElement english = browser.findElement(By.tagName("h1"));
      browser.findElement(By.id("nav:lang-de")).click();
      Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(english));
      assertThat(browser.getCurrentUrl()).contains("subject=" + newest);
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("Audit-Trail des Patienten " + newest);
      assertThat(firstRow(browser).getText()).contains("Patient registriert");
    } finally {
      browser.quit();
    }
  }

  private static List<WebElement> rows(WebDriver browser) {
    return browser.findElements(By.cssSelector("#history\\:events_data > tr"));
  }

  private static WebElement firstRow(WebDriver browser) {
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#history\\:events_data > tr")));
    return rows(browser).get(0);
  }

  private String register(String user, String site) {
    Answer created =
        api(user)
            .post(
                "api/v1/studies/TOPIT/subjects",
                "{\"site\": \""
                    + site
                    + "\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \"CD\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("subjectKey");
  }

  private JsonObject onlyEventOf(String subjectKey) {
    JsonObject page = api("dm").get(EVENTS + "?subject=" + subjectKey).json();
    assertThat(page.getJsonArray("events")).hasSize(1);
    return page.getJsonArray("events").getJsonObject(0);
  }

  private long total(String user, String path) {
    Answer answer = api(user).get(path);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonNumber("total").longValue();
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
