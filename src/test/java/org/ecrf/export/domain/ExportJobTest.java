package org.ecrf.export.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.Test;

class ExportJobTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
  private static final String SHA = "a".repeat(64);

  @Test
  void keepsTheReaderRolesAndGivesBackTheRequest() {
    ExportJob job = job();
    assertThat(job.request().readerRoles())
        .containsExactlyInAnyOrder(Role.SPONSOR, Role.DATA_MANAGER);
    assertThat(job.request().format()).contains("xpt");
    assertThat(job.status()).isEqualTo(ExportJobStatus.QUEUED);
  }

  @Test
  void offersItsFileAndCountsOnlyOnceDone() {
    ExportJob job = job();
    job.start();
    job.progress(3, 10);
    assertThat(job.file()).isEmpty();
    Reconciliation counts =
        new Reconciliation(
            List.of(
                new ReconciliationLine("subjects", 10, 10, ""),
                new ReconciliationLine(
                    "item values\tof F.LAB", 40, 38, "2 blinded\nto the reader")));
    job.finish(new ExportedFile("TOPIT-sdtm-xpt-1.zip", 123, SHA), counts, AT);
    assertThat(job.file()).contains(new ExportedFile("TOPIT-sdtm-xpt-1.zip", 123, SHA));
    assertThat(job.subjectsDone()).isEqualTo(10);
    Reconciliation stored = job.reconciliation().orElseThrow();
    assertThat(stored.lines().get(1))
        .isEqualTo(
            new ReconciliationLine("item values of F.LAB", 40, 38, "2 blinded to the reader"));
    assertThat(stored.reconciles()).isTrue();
  }

  @Test
  void movesOnlyForward() {
    ExportJob job = job();
    assertThatThrownBy(() -> job.progress(1, 2)).hasMessageContaining("is QUEUED, not RUNNING");
    job.start();
    assertThatThrownBy(job::start).hasMessageContaining("is RUNNING, not QUEUED");
    job.fail("disk full", AT);
    assertThat(job.failure()).contains("disk full");
    assertThatThrownBy(() -> job.fail("again", AT)).hasMessageContaining("already FAILED");
    assertThat(job.file()).isEmpty();
  }

  @Test
  void aReconciliationWithAnUnexplainedDifferenceDoesNotReconcile() {
    assertThat(new Reconciliation(List.of(new ReconciliationLine("rows", 5, 4, ""))).reconciles())
        .isFalse();
  }

  @Test
  void refusesAFileNameThatLeavesItsFolderOrAChecksumThatIsNotSha256() {
    assertThatThrownBy(() -> new ExportedFile("../etc/passwd", 1, SHA))
        .hasMessageContaining("not a plain name");
    assertThatThrownBy(() -> new ExportedFile("a..zip", 1, SHA))
        .hasMessageContaining("not a plain name");
    assertThatThrownBy(() -> new ExportedFile("a.zip", 1, "abc")).hasMessageContaining("SHA-256");
  }

  private static ExportJob job() {
    return new ExportJob(
        new ExportRequest(
            "TOPIT",
            ExportKind.SDTM,
            Optional.of("xpt"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Set.of(Role.SPONSOR, Role.DATA_MANAGER)),
        "dm",
        AT);
  }
}
