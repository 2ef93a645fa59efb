package org.ecrf.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ItDatabase;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's verification, over the API and from the command line: intact after real use,
 * broken exactly at a row that was changed with SQL behind the application's back (the test
 * restores the row afterwards).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditVerificationIT {

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void theTrailIsIntactAndOnlyDataManagersAndSponsorsMayVerifyIt() {
    JsonObject verdict = api("dm").get("api/v1/studies/TOPIT/audit/verify").json();

    assertThat(verdict.getBoolean("valid")).isTrue();
    assertThat(verdict.getJsonNumber("events").longValue()).isPositive();
    assertThat(verdict.isNull("firstBrokenEvent")).isTrue();
    assertThat(api("sponsor").get("api/v1/studies/TOPIT/audit/verify").status()).isEqualTo(200);
    assertThat(api("monitor").get("api/v1/studies/TOPIT/audit/verify").status()).isEqualTo(403);
    assertThat(api("inv.pot").get("api/v1/studies/TOPIT/audit/verify").status()).isEqualTo(403);
  }

  @Test
  void aRowChangedWithSqlBreaksTheChainAtThatEventForTheApiAndTheCommandLine() throws Exception {
    api("inv.pot").get("api/v1/me");
    long id = someEventInTheMiddle();
    String original = reasonOf(id);
    try {
      setReason(id, "changed behind the application's back");

      JsonObject verdict = api("dm").get("api/v1/studies/TOPIT/audit/verify").json();
      assertThat(verdict.getBoolean("valid")).isFalse();
      assertThat(verdict.getJsonNumber("firstBrokenEvent").longValue()).isEqualTo(id);

      CommandResult command = verifyAuditCommand();
      assertThat(command.exitCode()).isEqualTo(3);
      assertThat(command.output())
          .contains("\"valid\": false")
          .contains("\"firstBrokenEvent\": " + id);
    } finally {
      setReason(id, original);
    }
    assertThat(api("dm").get("api/v1/studies/TOPIT/audit/verify").json().getBoolean("valid"))
        .isTrue();
    CommandResult intact = verifyAuditCommand();
    assertThat(intact.exitCode()).as(intact.output()).isZero();
    assertThat(intact.output()).contains("\"valid\": true");
  }

  private static long someEventInTheMiddle() throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT MIN(id) + (MAX(id) - MIN(id)) DIV 2 FROM audit_event");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String reasonOf(long id) throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT reason FROM audit_event WHERE id = ?")) {
      statement.setLong(1, id);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }

  private static void setReason(long id, String reason) throws SQLException {
    try (Connection connection = ItDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement("UPDATE audit_event SET reason = ? WHERE id = ?")) {
      statement.setString(1, reason);
      statement.setLong(2, id);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  private static CommandResult verifyAuditCommand() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-jar",
                    Path.of("target", "ecrf.jar").toAbsolutePath().toString(),
                    "verify-audit"))
            .redirectErrorStream(true);
    builder.environment().put("ECRF_DB_URL", System.getProperty("it.db.url"));
    builder.environment().put("ECRF_DB_USER", "ecrf_app");
    builder.environment().put("ECRF_DB_PASSWORD", System.getProperty("it.db.app.password"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new CommandResult(process.exitValue(), output);
  }

  private record CommandResult(int exitCode, String output) {}

  private ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }
}
