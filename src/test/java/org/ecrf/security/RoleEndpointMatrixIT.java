package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.ecrf.security.MatrixCell.Verdict;
import org.ecrf.security.domain.Role;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × endpoint matrix of issue 9: every API endpoint and every page, as the table {@code
 * security/role-endpoint-matrix.csv} classifies them, called by a demo account of every role and by
 * nobody signed in, about real subjects, queries and exports of both demo sites (made first through
 * the API). No caller may get what the table refuses it, a refused call may not write to the audit
 * trail, and a caller the table allows must be served. The matrix is written to {@code
 * target/role-endpoint-matrix.md}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleEndpointMatrixIT {

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void noCallerGetsWhatTheTableRefusesItAndEveryAllowedCallerIsServed() throws Exception {
    AccessTable table = AccessTable.read(MatrixBodies::template);
    assertThat(table.checkAgainst(EndpointCatalogue.all(Path.of("src/main/webapp"))))
        .as("the table against the endpoints and pages of the code")
        .isEmpty();
    assertEveryDemoAccountHoldsTheGrantsTheMatrixAssumes();

    Instant start = Instant.now();
    MatrixFixture fixture = MatrixFixture.create(deployment);
    MatrixRun run =
        new MatrixRun(deployment, fixture, UUID.randomUUID().toString().substring(0, 6));
    List<MatrixCell> cells = new ArrayList<>();
    List<AuditWatch.Event> writtenWhilePagesWereRead;
    try (AuditWatch audit = AuditWatch.start()) {
      cells.addAll(run.api(rules(table, false), audit));
      audit.newEvents();
      cells.addAll(run.pages(rules(table, true)));
      writtenWhilePagesWereRead = audit.newEvents();
    }
    MatrixReport.write(cells, table.rules().size(), Duration.between(start, Instant.now()));

    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(listed(cells, Verdict.UNAUTHORISED_SUCCESS))
        .as("0 unauthorised successes (see %s)", MatrixReport.FILE)
        .isEmpty();
    softly
        .assertThat(listed(cells, Verdict.REFUSAL_CHANGED_DATA))
        .as("refused calls that wrote to the audit trail")
        .isEmpty();
    softly
        .assertThat(listed(cells, Verdict.ALLOWED_CALLER_REFUSED))
        .as("callers the table allows that were not served")
        .isEmpty();
    softly
        .assertThat(listed(cells, Verdict.UNEXPECTED_STATUS, Verdict.NO_EXPECTATION))
        .as("refusals with another status than the table's")
        .isEmpty();
    softly
        .assertThat(listed(cells, Verdict.KNOWN_FAILURE_FIXED))
        .as("known failures that no longer fail: take them out of the table")
        .isEmpty();
    softly
        .assertThat(writtenWhilePagesWereRead)
        .as("audit events written while pages were only read")
        .isEmpty();
    softly.assertAll();
  }

  /**
   * The matrix decides who is allowed from the grants written in {@link MatrixCaller}; demo mode
   * must have seeded the same, and every role of the platform must have a caller.
   */
  private void assertEveryDemoAccountHoldsTheGrantsTheMatrixAssumes() {
    Set<Role> covered = EnumSet.noneOf(Role.class);
    for (MatrixCaller caller : MatrixCaller.values()) {
      if (caller.isAnonymous()) {
        continue;
      }
      covered.addAll(caller.roles());
      JsonObject me = ApiClient.asDemoUser(deployment, caller.username()).get("api/v1/me").json();
      assertThat(
              me.getJsonArray("roles").getValuesAs(JsonObject.class).stream()
                  .map(role -> role.getString("role"))
                  .collect(Collectors.toSet()))
          .as("roles of %s", caller.label())
          .isEqualTo(caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
    assertThat(covered)
        .as("roles with a caller in the matrix")
        .containsAll(EnumSet.allOf(Role.class));
  }

  private static List<AccessRule> rules(AccessTable table, boolean pages) {
    return table.rules().stream().filter(rule -> rule.endpoint().isPage() == pages).toList();
  }

  private static List<String> listed(List<MatrixCell> cells, Verdict... verdicts) {
    Set<Verdict> wanted = EnumSet.of(verdicts[0], verdicts);
    return cells.stream()
        .filter(cell -> wanted.contains(cell.verdict()))
        .map(MatrixCell::describe)
        .toList();
  }
}
