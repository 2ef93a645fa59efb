package org.ecrf.subject;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDatabase;
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
 * Registering children over the API: keys issued by the platform, unique under concurrency, only at
 * one's sites.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectApiIT {

  private static final String CHILD_AT_POT =
      "{\"site\": \"POT\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \"CD\"}";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void aNurseRegistersAChildAtHerSiteAndGetsAKeyFromThePlatform() throws Exception {
    Answer created = api("nurse.pot").post("api/v1/studies/TOPIT/subjects", CHILD_AT_POT);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject subject = created.json();
    String key = subject.getString("subjectKey");
    assertThat(key).matches("POT-[0-9]{4}");
    assertThat(subject.getString("status")).isEqualTo("SCREENING");
    assertThat(subject.getString("birthMonth")).isEqualTo("2014-05");
    assertThat(api("monitor").get("api/v1/studies/TOPIT/subjects/" + key).status()).isEqualTo(200);
    assertThat(ItDatabase.auditEventsAbout("TOPIT/" + key))
        .extracting(ItDatabase.AuditRow::type)
        .containsExactly("SUBJECT_ENROLLED");
  }

  @Test
  void registrationAtASiteWhereTheCallerHasNoRoleIsForbidden() {
    assertThat(api("inv.ber").post("api/v1/studies/TOPIT/subjects", CHILD_AT_POT).status())
        .isEqualTo(403);
    assertThat(api("monitor").post("api/v1/studies/TOPIT/subjects", CHILD_AT_POT).status())
        .isEqualTo(403);
    assertThat(api("dm").post("api/v1/studies/TOPIT/subjects", CHILD_AT_POT).status())
        .isEqualTo(403);
  }

  @ParameterizedTest(name = "{0} -> 400 {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"site\": \"POT\", \"birthMonth\": \"2014-13\", \"sex\": \"F\", \"diagnosis\": \"CD\"} | birthMonth",
        "{\"site\": \"POT\", \"birthMonth\": \"2099-01\", \"sex\": \"F\", \"diagnosis\": \"CD\"} | birthMonth",
        "{\"site\": \"POT\", \"birthMonth\": \"2014-05\", \"sex\": \"X\", \"diagnosis\": \"CD\"} | sex",
        "{\"site\": \"POT\", \"birthMonth\": \"2014-05\", \"sex\": \"F\", \"diagnosis\": \"IBD\"} | diagnosis",
        "{\"site\": \"POT\", \"sex\": \"F\", \"diagnosis\": \"CD\"} | birthMonth",
        "not json | body"
      })
  void badInputIsRefusedNamingTheField(String body, String field) {
    Answer answer = api("nurse.pot").post("api/v1/studies/TOPIT/subjects", body);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    if (!"body".equals(field)) {
      assertThat(answer.json().getString("field")).isEqualTo(field);
    }
  }

  @Test
  void concurrentRegistrationsGetDistinctKeys() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Answer>> answers =
          IntStream.range(0, 20)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> api("inv.pot").post("api/v1/studies/TOPIT/subjects", CHILD_AT_POT)))
              .toList();
      Set<String> keys =
          answers.stream()
              .map(
                  future -> {
                    try {
                      Answer answer = future.get();
                      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                      return answer.json().getString("subjectKey");
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .collect(Collectors.toSet());
      assertThat(keys).hasSize(20).allSatisfy(key -> assertThat(key).startsWith("POT-"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void subjectsOfAnotherSiteAreNotFoundAndNotListed() {
    String key =
        api("nurse.pot")
            .post("api/v1/studies/TOPIT/subjects", CHILD_AT_POT)
            .json()
            .getString("subjectKey");

    assertThat(api("inv.ber").get("api/v1/studies/TOPIT/subjects/" + key).status()).isEqualTo(404);
    assertThat(
            api("inv.ber")
                .get("api/v1/studies/TOPIT/subjects")
                .jsonArray()
                .getValuesAs(JsonObject.class))
        .noneMatch(s -> s.getString("site").equals("POT"));
    assertThat(api("dm").get("api/v1/studies/TOPIT/subjects/" + key).status()).isEqualTo(200);
    assertThat(api("admin").get("api/v1/studies/TOPIT/subjects").jsonArray()).isEmpty();
    assertThat(api("nurse.pot").get("api/v1/studies/NOSUCH/subjects").status()).isEqualTo(404);
  }

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
