package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecrf.security.AccessRule.Category;
import org.ecrf.security.EndpointCatalogue.Endpoint;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The role × endpoint table without a server: complete against the code (so that whoever adds an
 * endpoint or page decides who may call it before the integration tests run), well-formed, and read
 * as the matrix means it.
 */
class RoleEndpointTableTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void everyEndpointAndPageOfTheCodeIsClassifiedAndNoLineIsStale() {
    AccessTable table = AccessTable.read(MatrixBodies::template);

    assertThat(table.checkAgainst(EndpointCatalogue.all(WEBAPP))).isEmpty();
  }

  @Test
  void discoveryFindsResourceMethodsWithTheirFullPathAndConsumedType() {
    Set<Endpoint> api = EndpointCatalogue.apiEndpoints();

    assertThat(api)
        .contains(
            Endpoint.api("GET", "api/v1/me", "-"),
            Endpoint.api("POST", "api/v1/studies/{study}/clinicaldata", "application/xml"),
            Endpoint.api("POST", "api/v1/studies/{study}/randomisation/list", "text/csv"),
            Endpoint.api("POST", "api/v1/studies/{study}/randomisation/list", "application/json"),
            Endpoint.api("DELETE", "api/v1/users/{username}/roles/{role}", "-"));
    assertThat(api).allSatisfy(endpoint -> assertThat(endpoint.path()).startsWith("api/v1/"));
  }

  @Test
  void discoveryFindsPagesButNotTemplatesOrIncludes() {
    Set<Endpoint> pages = EndpointCatalogue.pages(WEBAPP);

    assertThat(pages)
        .contains(Endpoint.page("subjects/subject.xhtml"), Endpoint.page("login.xhtml"));
    assertThat(pages)
        .noneMatch(page -> page.path().startsWith("WEB-INF/"))
        .noneMatch(page -> page.path().startsWith("resources/"));
  }

  @Test
  void everyRoleOfThePlatformHasACallerInTheMatrix() {
    Set<Role> covered = EnumSet.noneOf(Role.class);
    for (MatrixCaller caller : MatrixCaller.values()) {
      covered.addAll(caller.roles());
    }

    assertThat(covered).containsAll(EnumSet.allOf(Role.class));
  }

  @ParameterizedTest(name = "{0} calling about a {1} subject is {3}")
  @CsvSource({
    "INVESTIGATOR_POT, POT, INVESTIGATOR@site DATA_MANAGER, ALLOWED",
    "INVESTIGATOR_BER, POT, INVESTIGATOR@site DATA_MANAGER, HIDDEN",
    "NURSE_POT,        BER, INVESTIGATOR@site NURSE@site,   HIDDEN",
    "ADMIN,            POT, INVESTIGATOR@site DATA_MANAGER, HIDDEN",
    "MONITOR,          BER, INVESTIGATOR@site DATA_MANAGER, REFUSED",
    "SPONSOR,          POT, INVESTIGATOR@site DATA_MANAGER, REFUSED",
    "DATA_MANAGER,     BER, INVESTIGATOR@site DATA_MANAGER, ALLOWED",
    "MONITOR,          POT, MONITOR@site,                   ALLOWED",
    "ANONYMOUS,        POT, ANY,                            ANONYMOUS",
    "ANONYMOUS,        POT, PUBLIC,                         ALLOWED",
    "ADMIN,            BER, ANY,                            ALLOWED"
  })
  void aCallerIsAllowedRefusedOrHiddenAsItsGrantsSay(
      MatrixCaller caller, String site, String allowed, Category expected) {
    AccessRule rule =
        new AccessRule(
            1,
            Endpoint.api("GET", "api/v1/studies/{study}/subjects/{subjectKey}", "-"),
            "api/v1/studies/TOPIT/subjects/${subject}",
            "-",
            List.of(allowed.split(" ")),
            Set.of("200"),
            Set.of("403"),
            Set.of("404"),
            Set.of(),
            "",
            true,
            "");

    assertThat(rule.expectationFor(caller, site).category()).isEqualTo(expected);
  }

  @Test
  void anAnonymousCallerIsAnswered401ByTheApiAndSentToTheLoginPageByPages() {
    AccessRule page =
        new AccessRule(
            1,
            Endpoint.page("index.xhtml"),
            "index.xhtml",
            "-",
            List.of("ANY"),
            Set.of("200"),
            Set.of(),
            Set.of(),
            Set.of(),
            "",
            false,
            "");

    assertThat(page.expectationFor(MatrixCaller.ANONYMOUS, null).statuses())
        .containsExactly("login");
  }
}
