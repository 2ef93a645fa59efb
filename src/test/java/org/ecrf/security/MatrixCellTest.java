package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ecrf.security.EndpointCatalogue.Endpoint;
import org.ecrf.security.MatrixCell.Outcome;
import org.ecrf.security.MatrixCell.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a cell of the matrix is judged, on a line only investigators and nurses of the child's site
 * may call (ok 200 or 409; refused 403; another site 404 or an import refused inside a 200).
 */
class MatrixCellTest {

  private static final AuditWatch.Event EVENT =
      new AuditWatch.Event(7, "SUBJECT_STATUS_CHANGED", "monitor", null);

  @ParameterizedTest(name = "{0} about a {1} subject getting {2} (audit events {4}) is {5}")
  @CsvSource({
    "INVESTIGATOR_POT, POT, 200,                true,  0, OK",
    "NURSE_POT,        POT, 409,                false, 0, OK",
    "INVESTIGATOR_POT, POT, 403,                false, 0, ALLOWED_CALLER_REFUSED",
    "INVESTIGATOR_POT, POT, 404,                false, 0, ALLOWED_CALLER_REFUSED",
    "MONITOR,          POT, 403,                false, 0, OK",
    "MONITOR,          POT, 200,                true,  0, UNAUTHORISED_SUCCESS",
    "MONITOR,          POT, 403,                false, 1, REFUSAL_CHANGED_DATA",
    "MONITOR,          POT, 400,                false, 0, UNEXPECTED_STATUS",
    "INVESTIGATOR_BER, POT, 404,                false, 0, OK",
    "INVESTIGATOR_BER, POT, 200:nothing-stored, false, 0, OK",
    "INVESTIGATOR_BER, POT, 201,                true,  0, UNAUTHORISED_SUCCESS",
    "ANONYMOUS,        POT, 401,                false, 0, OK",
    "ANONYMOUS,        POT, no-answer,          false, 0, UNEXPECTED_STATUS",
    "SPONSOR,          BER, 200,                true,  0, KNOWN_FAILURE",
    "SPONSOR,          BER, 403,                false, 0, KNOWN_FAILURE_FIXED"
  })
  void aCellIsJudgedByTheCallersStandingAndWhatItGot(
      MatrixCaller caller,
      String site,
      String status,
      boolean success,
      int auditEvents,
      Verdict expected) {
    Outcome outcome = new Outcome(status, success, "api/v1/studies/TOPIT/subjects/X", "", 1);

    MatrixCell cell =
        MatrixCell.of(rule(), site, caller, outcome, auditEvents == 0 ? List.of() : List.of(EVENT));

    assertThat(cell.verdict()).isEqualTo(expected);
  }

  private static AccessRule rule() {
    return new AccessRule(
        12,
        Endpoint.api(
            "POST",
            "api/v1/studies/{study}/subjects/{subjectKey}/screening-failure",
            "application/json"),
        "api/v1/studies/TOPIT/subjects/${subject}/screening-failure",
        "reason",
        List.of("INVESTIGATOR@site", "NURSE@site"),
        Set.of("200", "409"),
        Set.of("403"),
        Set.of("404", "200:nothing-stored"),
        Set.of("sponsor"),
        "an example of a known failure",
        true,
        "");
  }
}
