package org.ecrf.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The randomisation list is the statistician's alone; a subject who is not eligible is not
 * randomised, and why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RandomisationIT {

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void onlyTheSponsorSeesTheList() {
    Answer summary = api("sponsor").get("api/v1/studies/TOPIT/randomisation/list/summary");
    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
    assertThat(summary.json().getString("fingerprint")).hasSize(64);
    assertThat(summary.json().getInt("places")).isPositive();

    Answer csv =
        api("sponsor").getWithAccept("api/v1/studies/TOPIT/randomisation/list", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM");

    for (String other : new String[] {"dm", "monitor", "inv.pot", "nurse.pot", "admin"}) {
      assertThat(api(other).get("api/v1/studies/TOPIT/randomisation/list/summary").status())
          .as(other)
          .isEqualTo(403);
      assertThat(
              api(other)
                  .getWithAccept("api/v1/studies/TOPIT/randomisation/list", "text/csv")
                  .status())
          .as(other)
          .isEqualTo(403);
    }
  }

  @Test
  void aBrokenUploadedListIsRefusedWithEveryProblemAndItsLine() {
    String csv =
        "DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM\nCD,POT,1,1,2,TDM\nCD,POT,2,1,2,PLACEBO\nXX,POT,1,1,2,TDM\n";

    Answer answer =
        api("sponsor").postWithType("api/v1/studies/TOPIT/randomisation/list", csv, "text/csv");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("line"))
        .contains(3, 4);
  }

  @Test
  void aSeedTooShortOrTooManyPlacesAreRefusedNamingTheField() {
    Answer shortSeed =
        api("sponsor")
            .post(
                "api/v1/studies/TOPIT/randomisation/list",
                "{\"seed\": \"short\", \"placesPerStratum\": 4}");
    Answer tooMany =
        api("sponsor")
            .post("api/v1/studies/TOPIT/randomisation/list", "{\"placesPerStratum\": 100000000}");

    assertThat(shortSeed.status()).as(shortSeed.toString()).isEqualTo(400);
    assertThat(shortSeed.json().getString("field")).isEqualTo("seed");
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
    assertThat(tooMany.json().getString("field")).isEqualTo("placesPerStratum");
  }

  @Test
  void aSubjectWithoutAnEligibilityFormIsNotRandomisedAndEveryOpenCriterionIsNamed() {
    String key =
        api("nurse.pot")
            .post(
                "api/v1/studies/TOPIT/subjects",
                "{\"site\": \"POT\", \"birthMonth\": \"2013-02\", \"sex\": \"M\", \"diagnosis\": \"UC\"}")
            .json()
            .getString("subjectKey");

    Answer answer =
        api("inv.pot").post("api/v1/studies/TOPIT/subjects/" + key + "/randomisation", "");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
    assertThat(answer.json().getJsonArray("blocking").getValuesAs(JsonObject.class))
        .extracting(b -> b.getString("item"))
        .contains("I.CONSENT_GIVEN")
        .anyMatch(item -> item.startsWith("I.INCL_"));
    assertThat(
            api("inv.pot").get("api/v1/studies/TOPIT/subjects/" + key + "/randomisation").status())
        .isEqualTo(404);
    assertThat(
            api("inv.ber")
                .post("api/v1/studies/TOPIT/subjects/" + key + "/randomisation", "")
                .status())
        .isEqualTo(404);
    assertThat(
            api("monitor")
                .post("api/v1/studies/TOPIT/subjects/" + key + "/randomisation", "")
                .status())
        .isEqualTo(403);
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
