package org.ecrf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page renders for the roles that may open it, in English and German; the others get the
 * forbidden page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @ParameterizedTest(name = "{0} opens {1}")
  @CsvSource({
    "admin,     index.xhtml,                        Your sites",
    "admin,     admin/users.xhtml,                  inv.pot",
    "admin,     admin/user.xhtml?username=monitor,  Monitor",
    "admin,     admin/sites.xhtml,                  Potsdam (demo)",
    "inv.ber,   index.xhtml,                        BER",
    "sponsor,   account.xhtml,                      Change password",
    "monitor,   index.xhtml,                        POT",
    "nurse.pot, studies/definition.xhtml,           F.PUCAI",
    "inv.pot,   studies/definition.xhtml?form=F.PUCAI, I.PUCAI_BLEEDING",
    "dm,        admin/definitions.xhtml,            TOPIT",
    "admin,     admin/definitions.xhtml,            MDV.1",
    "inv.pot,   subjects/list.xhtml,                POT-0001",
    "monitor,   subjects/list.xhtml,                BER-0001",
    "inv.pot,   subjects/subject.xhtml?study=TOPIT&subject=POT-0001, PUCAI"
  })
  void pageRendersForARoleThatMayOpenIt(String user, String page, String expectedText) {
    HttpResponse<String> response =
        PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD).get(page);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(expectedText).doesNotContain("???");
  }

  @ParameterizedTest(name = "{0} may not open {1}")
  @CsvSource({
    "inv.pot, admin/users.xhtml",
    "dm, admin/sites.xhtml",
    "nurse.pot, admin/user.xhtml?username=admin",
    "monitor, admin/definitions.xhtml"
  })
  void administrationPagesAreForbiddenToOtherRoles(String user, String page) {
    HttpResponse<String> response =
        PageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD).get(page);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Not allowed");
  }

  @Test
  void theGermanPagesHaveEveryText() {
    PageSession session = PageSession.signIn(deployment, "admin", ApiClient.DEMO_PASSWORD);
    for (String page :
        new String[] {
          "index.xhtml",
          "admin/users.xhtml",
          "admin/sites.xhtml",
          "account.xhtml",
          "admin/definitions.xhtml",
          "studies/definition.xhtml",
          "subjects/list.xhtml"
        }) {
      HttpResponse<String> response = session.getInLanguage(page, "de");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).doesNotContain("???");
    }
    assertThat(session.getInLanguage("index.xhtml", "de").body()).contains("Ihre Zentren");
  }

  @Test
  void aSubjectPageOffersOnlyTheFormsOfTheChildsDiagnosis() {
    PageSession session = PageSession.signIn(deployment, "inv.pot", ApiClient.DEMO_PASSWORD);

    String ulcerativeColitis =
        session.get("subjects/subject.xhtml?study=TOPIT&subject=POT-0001").body();
    String crohns = session.get("subjects/subject.xhtml?study=TOPIT&subject=POT-0002").body();

    assertThat(ulcerativeColitis).contains("form=F.PUCAI").doesNotContain("form=F.PCDAI");
    assertThat(crohns).contains("form=F.PCDAI").doesNotContain("form=F.PUCAI");
    assertThat(session.get("subjects/subject.xhtml?study=TOPIT&subject=BER-0001").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theEntryPageRendersAnyFormOfTheStudyAndRefusesFormsThatDoNotApply() {
    PageSession session = PageSession.signIn(deployment, "inv.pot", ApiClient.DEMO_PASSWORD);
    String entry = "entry/form.xhtml?study=TOPIT&subject=POT-0002&event=";

    assertThat(session.get(entry + "SE.WEEK0&form=F.PCDAI").body())
        .contains("POT-0002")
        .contains("Week 0")
        .contains("data-item=\"I.PCDAI_HCT\"")
        .contains("data-item=\"I.PCDAI_TOTAL\"");
    assertThat(session.get(entry + "SE.WEEK0&form=F.LAB").body()).contains("g/dL");
    assertThat(session.get(entry + "SE.SCREENING&form=F.MEDICAL_HISTORY").body())
        .contains("Add row");
    assertThat(session.get(entry + "SE.WEEK0&form=F.PUCAI").statusCode()).isEqualTo(404);
    assertThat(session.get(entry + "SE.WEEK0&form=F.NO_SUCH_FORM").statusCode()).isEqualTo(404);
    assertThat(
            session
                .get("entry/form.xhtml?study=TOPIT&subject=BER-0001&event=SE.WEEK0&form=F.PCDAI")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMonitorReadsAFormButCannotChangeIt() {
    PageSession session = PageSession.signIn(deployment, "monitor", ApiClient.DEMO_PASSWORD);

    String page =
        session
            .get("entry/form.xhtml?study=TOPIT&subject=POT-0002&event=SE.WEEK0&form=F.ANTHRO")
            .body();

    assertThat(page)
        .contains("You can read this form but not change it")
        .doesNotContain("entry:save");
  }
}
