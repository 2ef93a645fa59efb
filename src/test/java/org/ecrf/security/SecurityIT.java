package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDatabase.AuditRow;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in, lockout, site scoping and the audit of it, through the HTTP interfaces of the deployed
 * WAR on Payara Micro and MariaDB. Each test creates the accounts it changes, with unique names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final String PASSWORD = "correct horse battery";

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void demoAccountsSignInOverTheApiWithTheirRolesAndSites() {
    JsonObject me = ApiClient.asDemoUser(deployment, "inv.pot").get("api/v1/me").json();

    assertThat(me.getString("username")).isEqualTo("inv.pot");
    assertThat(me.getJsonArray("sites").getValuesAs(JsonString::getString)).containsExactly("POT");
    assertThat(me.getJsonArray("roles").getJsonObject(0).getString("role"))
        .isEqualTo("INVESTIGATOR");
  }

  @Test
  void wrongPasswordOrNoCredentialsIsAnsweredWith401AndABasicChallenge() {
    assertThat(ApiClient.as(deployment, "inv.pot", "not the password").get("api/v1/me").status())
        .isEqualTo(401);
    assertThat(
            ApiClient.as(deployment, "nobody-" + UUID.randomUUID(), PASSWORD)
                .get("api/v1/me")
                .status())
        .isEqualTo(401);
  }

  @Test
  void fiveFailedSignInsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
    String username = newUser("INVESTIGATOR", "POT");
    ApiClient wrong = ApiClient.as(deployment, username, "wrong password 123");
    ApiClient right = ApiClient.as(deployment, username, PASSWORD);

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(wrong.get("api/v1/me").status()).as("failure %d", attempt).isEqualTo(401);
    }
    assertThat(right.get("api/v1/me").status()).as("4 failures do not lock").isEqualTo(200);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(wrong.get("api/v1/me").status()).isEqualTo(401);
    }
    assertThat(right.get("api/v1/me").status()).as("locked after 5 failures").isEqualTo(401);
    assertThat(admin().get("api/v1/users/" + username).json().getBoolean("locked")).isTrue();

    assertThat(admin().post("api/v1/users/" + username + "/unlock", "").status()).isEqualTo(204);
    assertThat(right.get("api/v1/me").status()).isEqualTo(200);

    List<String> events =
        ItDatabase.auditEventsAbout("user:" + username).stream().map(AuditRow::type).toList();
    assertThat(events)
        .containsSubsequence(
            "USER_CREATED",
            "ROLE_GRANTED",
            "LOGIN_FAILED",
            "ACCOUNT_LOCKED",
            "LOGIN_FAILED",
            "ACCOUNT_UNLOCKED");
    assertThat(events.stream().filter("LOGIN_FAILED"::equals)).hasSize(10);
  }

  @Test
  void siteRolesSeeOnlyTheirSitesAndOtherSitesAreNotFound() {
    ApiClient investigator = ApiClient.asDemoUser(deployment, "inv.pot");
    assertThat(investigator.get("api/v1/sites").jsonArray().getValuesAs(JsonObject.class))
        .extracting(site -> site.getString("code"))
        .containsExactly("POT");
    assertThat(investigator.get("api/v1/sites/POT").status()).isEqualTo(200);
    assertThat(investigator.get("api/v1/sites/BER").status()).isEqualTo(404);

    assertThat(ApiClient.asDemoUser(deployment, "monitor").get("api/v1/sites").jsonArray())
        .hasSize(2);
    assertThat(ApiClient.asDemoUser(deployment, "dm").get("api/v1/sites/BER").status())
        .isEqualTo(200);
    assertThat(ApiClient.asDemoUser(deployment, "nurse.pot").get("api/v1/sites/BER").status())
        .isEqualTo(404);
  }

  @Test
  void onlyAdministratorsManageUsersAndSites() {
    ApiClient investigator = ApiClient.asDemoUser(deployment, "inv.pot");
    assertThat(investigator.get("api/v1/users").status()).isEqualTo(403);
    assertThat(
            investigator.post("api/v1/sites", "{\"code\":\"HAM\",\"name\":\"Hamburg\"}").status())
        .isEqualTo(403);
    assertThat(
            ApiClient.asDemoUser(deployment, "sponsor")
                .post("api/v1/users/inv.pot/unlock", "")
                .status())
        .isEqualTo(403);
  }

  @Test
  void aRoleGrantedAtOneSiteOpensThatSiteAtTheNextRequestAndRevokingClosesIt() {
    String username = newUser("NURSE", "BER");
    ApiClient nurse = ApiClient.as(deployment, username, PASSWORD);
    assertThat(nurse.get("api/v1/sites/BER").status()).isEqualTo(200);
    assertThat(nurse.get("api/v1/sites/POT").status()).isEqualTo(404);

    assertThat(admin().delete("api/v1/users/" + username + "/roles/NURSE?site=BER").status())
        .isEqualTo(204);
    assertThat(nurse.get("api/v1/sites/BER").status()).isEqualTo(404);
  }

  @Test
  void passwordPolicyAndSiteRulesAreExplainedWithTheField() {
    var shortPassword = admin().post("api/v1/users", userJson("short-" + suffix(), "only11chars"));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.json().getString("field")).isEqualTo("password");
    assertThat(shortPassword.json().getString("message")).contains("12 characters");

    String username = newUser("DATA_MANAGER", null);
    var siteRoleWithoutSite =
        admin().post("api/v1/users/" + username + "/roles", "{\"role\":\"MONITOR\"}");
    assertThat(siteRoleWithoutSite.status()).isEqualTo(400);
    assertThat(siteRoleWithoutSite.json().getString("message")).contains("site");
  }

  @Test
  void auditEventsAreChainedEachToItsPredecessor() throws Exception {
    String username = newUser("MONITOR", "POT");
    ApiClient.as(deployment, username, "wrong password 123").get("api/v1/me");

    List<AuditRow> rows = ItDatabase.auditEventsAbout("user:" + username);
    assertThat(rows).isNotEmpty();
    for (AuditRow row : rows) {
      assertThat(row.previousHash()).isEqualTo(ItDatabase.hashBefore(row.id()));
      assertThat(row.hash()).hasSize(64).isNotEqualTo(row.previousHash());
    }
    assertThat(rows.get(rows.size() - 1).reason()).isEqualTo("wrong password");
    assertThat(rows.get(rows.size() - 1).source()).isEqualTo("API");
  }

  private String newUser(String role, String site) {
    String username = "it-" + role.toLowerCase().replace('_', '-') + "-" + suffix();
    var created = admin().post("api/v1/users", userJson(username, PASSWORD));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String grant =
        site == null
            ? "{\"role\":\"" + role + "\"}"
            : "{\"role\":\"" + role + "\",\"site\":\"" + site + "\"}";
    var granted = admin().post("api/v1/users/" + username + "/roles", grant);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return username;
  }

  private static String userJson(String username, String password) {
    return "{\"username\":\""
        + username
        + "\",\"displayName\":\"Test "
        + username
        + "\",\"password\":\""
        + password
        + "\"}";
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private ApiClient admin() {
    return ApiClient.asDemoUser(deployment, "admin");
  }
}
