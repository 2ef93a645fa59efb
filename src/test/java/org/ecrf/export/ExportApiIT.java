package org.ecrf.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may export and how a wrong order is answered: only sponsors and data managers export (403 for
 * every other role, before anything runs), an unknown study is 404, and a bad kind, format or date
 * is 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportApiIT {

  private static final String STUDY = "api/v1/studies/TOPIT/";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @ParameterizedTest
  @CsvSource({
    "inv.ber, export/odm",
    "nurse.pot, export/sdtm?format=xpt",
    "monitor, export/define",
    "admin, export/odm",
    "inv.ber, exports",
    "monitor, exports/1",
    "nurse.pot, exports/1/file"
  })
  void onlySponsorsAndDataManagersExport(String user, String path) {
    Answer answer = ApiClient.asDemoUser(deployment, user).get(STUDY + path);
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "export/sdtm                        | format | format is required",
        "export/sdtm?format=sas7bdat        | format | format must be dataset-json, xpt or csv",
        "export/odm?from=2026-13-01         | from   | from must be a date as YYYY-MM-DD",
        "export/odm?from=2026-02-01&to=2026-01-01 | from | is after to"
      })
  void aBadOrderIsRefusedNamingTheField(String path, String field, String message) {
    Answer answer = ApiClient.asDemoUser(deployment, "dm").get(STUDY + path);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().getString("field")).isEqualTo(field);
    assertThat(answer.json().getString("message")).contains(message);
  }

  @ParameterizedTest
  @CsvSource({"sponsor", "dm"})
  void anUnknownStudyIsNotFound(String user) {
    Answer answer = ApiClient.asDemoUser(deployment, user).get("api/v1/studies/NOPE/export/odm");
    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
  }
}
