package org.ecrf.subject;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrf.testing.ApiClient;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subject matrix shows a site's own subjects a page at a time, each form that applies to the
 * child one click from its entry page; the enrolment dashboard is for sponsors and data managers
 * only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectMatrixIT {

  private static final String MATRIX = "subjects/matrix.xhtml?study=TOPIT";
  private static final String DASHBOARD = "studies/enrolment.xhtml?study=TOPIT";
  private static final Pattern KEY_LINK =
      Pattern.compile("class=\"ecrf-code\">([A-Z][A-Z0-9]+-[0-9]{4})</a>");
  private static final Pattern PAGE_REPORT =
      Pattern.compile("([0-9]+)\u2013([0-9]+) of ([0-9]+) subjects");

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void theMatrixShowsTheSitesSubjectsTwentyFiveAtATimeInKeyOrder() {
    for (int i = 0; i < 26; i++) {
      register("inv.pot", "POT", i % 2 == 0 ? "CD" : "UC");
    }
    int visible = visibleSubjects("inv.pot").size();

    HttpResponse<String> page = session("inv.pot").get(MATRIX);

    assertThat(page.statusCode()).isEqualTo(200);
    List<String> keys = keysOn(page.body());
    assertThat(keys).hasSize(25).allMatch(key -> key.startsWith("POT-")).isSorted();
    assertThat(keys.get(0)).isEqualTo("POT-0001");
    Matcher report = PAGE_REPORT.matcher(page.body());
    assertThat(report.find()).as("paging text").isTrue();
    assertThat(report.group(1) + "-" + report.group(2)).isEqualTo("1-25");
    assertThat(Integer.parseInt(report.group(3))).isEqualTo(visible).isGreaterThanOrEqualTo(26);
    assertThat(page.body()).doesNotContain("???");
  }

  @Test
  void aSiteSeesNoSubjectOfAnotherSiteEvenWhenItAsksForThatSite() {
    register("inv.pot", "POT", "CD");

    String page = session("inv.ber").get(MATRIX + "&site=POT").body();

    assertThat(keysOn(page)).isNotEmpty().allMatch(key -> key.startsWith("BER-"));
    assertThat(page).doesNotContain("subject=POT-").doesNotContain(">POT-");
    Matcher report = PAGE_REPORT.matcher(page);
    assertThat(report.find()).isTrue();
    assertThat(Integer.parseInt(report.group(3))).isEqualTo(visibleSubjects("inv.ber").size());
  }

  @Test
  void aMonitorOfBothSitesNarrowsTheMatrixToOneSite() {
    String page = session("monitor").get(MATRIX + "&site=BER").body();

    assertThat(keysOn(page)).isNotEmpty().allMatch(key -> key.startsWith("BER-"));
  }

  @Test
  void eachFormThatAppliesToTheChildLinksToItsEntryPage() {
    String page = session("inv.pot").get(MATRIX).body();
    String week0 = "event=SE.WEEK0&amp;repeat=1&amp;form=";

    String colitis = rowOf(page, "POT-0001");
    assertThat(colitis)
        .contains("entry/form.xhtml?study=TOPIT&amp;subject=POT-0001&amp;" + week0 + "F.PUCAI")
        .contains(week0 + "F.ANTHRO")
        .doesNotContain(week0 + "F.PCDAI")
        .contains("title=\"PUCAI: ")
        .contains("subjects/subject.xhtml?study=TOPIT&amp;subject=POT-0001");
    String crohns = rowOf(page, "POT-0002");
    assertThat(crohns).contains(week0 + "F.PCDAI").doesNotContain(week0 + "F.PUCAI");
  }

  @Test
  void theMatrixHasEveryTextInGerman() {
    HttpResponse<String> page = session("monitor").getInLanguage(MATRIX, "de");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Patientenmatrix")
        .contains(" Patienten")
        .doesNotContain("???");
  }

  @Test
  void anAdministratorSeesNoSubjectInTheMatrix() {
    String page = session("admin").get(MATRIX).body();

    assertThat(keysOn(page)).isEmpty();
    assertThat(page).contains("No subjects match.");
  }

  @ParameterizedTest(name = "{0} sees the enrolment dashboard")
  @ValueSource(strings = {"dm", "sponsor"})
  void sponsorsAndDataManagersSeeTheDashboard(String user) {
    register("inv.pot", "POT", "UC");
    long atPot =
        visibleSubjects("dm").stream().filter(s -> s.getString("site").equals("POT")).count();

    HttpResponse<String> page = session(user).get(DASHBOARD);

    assertThat(page.statusCode()).isEqualTo(200);
    Matcher potRow =
        Pattern.compile("ecrf-code\">POT</span></td>\\s*<td[^>]*>\\s*([0-9]+)\\s*</td>")
            .matcher(page.body());
    assertThat(potRow.find()).as("the POT row of the site table").isTrue();
    assertThat(Long.parseLong(potRow.group(1))).isEqualTo(atPot);
    assertThat(page.body())
        .contains("Ulcerative colitis · POT")
        .contains("\"type\":\"line\"")
        .contains("\"label\":\"POT registered\"")
        .contains("<th scope=\"col\">POT randomised</th>")
        .doesNotContain("???");
    assertThat(session(user).getInLanguage(DASHBOARD, "de").body())
        .contains("Rekrutierung")
        .contains("\"label\":\"POT registriert\"")
        .contains("<th scope=\"col\">POT randomisiert</th>")
        .doesNotContain("???");
  }

  @ParameterizedTest(name = "{0} may not open the enrolment dashboard")
  @ValueSource(strings = {"inv.pot", "nurse.pot", "monitor", "admin"})
  void theDashboardIsForbiddenToOtherRoles(String user) {
    HttpResponse<String> page = session(user).get(DASHBOARD);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Not allowed").doesNotContain("\"type\":\"line\"");
  }

  private void register(String user, String site, String diagnosis) {
    String child =
        "{\"site\": \""
            + site
            + "\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \""
            + diagnosis
            + "\"}";
    ApiClient.Answer answer = api(user).post("api/v1/studies/TOPIT/subjects", child);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
  }

  private List<JsonObject> visibleSubjects(String user) {
    return api(user).get("api/v1/studies/TOPIT/subjects").jsonArray().getValuesAs(JsonObject.class);
  }

  private static List<String> keysOn(String page) {
    return KEY_LINK.matcher(page).results().map(m -> m.group(1)).toList();
  }

  /** The table row (from {@code <tr} to the next) of a subject. */
  private static String rowOf(String page, String subjectKey) {
    return Arrays.stream(page.split("<tr"))
        .filter(row -> row.contains("class=\"ecrf-code\">" + subjectKey + "</a>"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(subjectKey + " is not on the page"));
  }

  private PageSession session(String user) {
    return PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD);
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
