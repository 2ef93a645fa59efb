package org.ecrf.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrf.testing.AjaxPageSession;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ItDeployments;
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
 * The exports page: a data manager orders an ODM export, the page lists it and, once done, offers
 * its file with the SHA-256 and whether its counts reconcile; the file link answers the file. Site
 * staff and monitors do not get the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportPageIT {

  private static final String PAGE = "export/exports.xhtml?study=TOPIT";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aDataManagerOrdersAnExportAndDownloadsItsFileFromThePage() throws InterruptedException {
    AjaxPageSession page = AjaxPageSession.signIn(deployment, "dm", ApiClient.DEMO_PASSWORD);
    String answer = page.press(PAGE, "order", "start", Map.of("kind", "ODM"));
    Matcher started =
        Pattern.compile("Export (\\d+) started; it runs in the background").matcher(answer);
    assertThat(started.find()).as(answer).isTrue();
    String link = "api/v1/studies/TOPIT/exports/" + started.group(1) + "/file";

    String listed = awaitLink(page, link);
    assertThat(listed)
        .contains(link, "Counts reconcile", "SHA-256", "TOPIT-odm-" + started.group(1));
    ApiClient.Download file = ApiClient.asDemoUser(deployment, "dm").download(link);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.text()).startsWith("<?xml").contains("<ODM ");
  }

  @ParameterizedTest
  @CsvSource({"inv.ber", "nurse.pot", "monitor"})
  void siteStaffAndMonitorsDoNotGetThePage(String user) {
    AjaxPageSession page = AjaxPageSession.signIn(deployment, user, ApiClient.DEMO_PASSWORD);
    HttpResponse<String> answer = page.get(PAGE);
    assertThat(answer.body()).doesNotContain("Start export");
  }

  private String awaitLink(AjaxPageSession page, String link) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String body = page.get(PAGE).body();
    while (!body.contains(link) && System.nanoTime() < deadline) {
      Thread.sleep(300);
      body = page.get(PAGE).body();
    }
    return body;
  }
}
