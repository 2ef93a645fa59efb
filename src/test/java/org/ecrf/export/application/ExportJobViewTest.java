package org.ecrf.export.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.export.domain.ExportJobStatus;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.ExportedFile;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.domain.ReconciliationLine;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.Test;

/** The exports page's job list survives serialisation, as a cluster's shared session needs. */
class ExportJobViewTest {

  @Test
  void aFinishedJobWithEveryPartSurvivesSerialisation() throws Exception {
    ExportJobView done =
        new ExportJobView(
            17,
            new ExportRequest(
                "TOPIT",
                ExportKind.ODM,
                Optional.empty(),
                Optional.of("POT"),
                Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LocalDate.of(2026, 6, 30)),
                Set.of(Role.SPONSOR, Role.DATA_MANAGER)),
            "sponsor",
            Instant.parse("2026-07-01T08:00:00Z"),
            ExportJobStatus.DONE,
            12,
            12,
            Optional.of(Instant.parse("2026-07-01T08:00:09Z")),
            Optional.of(new ExportedFile("TOPIT-odm-POT-17.xml", 4096, "ab".repeat(32))),
            Optional.of(
                new Reconciliation(
                    List.of(new ReconciliationLine("item values", 340, 338, "2 blinded")))),
            Optional.empty());

    assertThat(roundTrip(done)).isEqualTo(done);
  }

  @Test
  void aQueuedJobWithNothingOptionalSurvivesSerialisation() throws Exception {
    ExportJobView queued =
        new ExportJobView(
            18,
            new ExportRequest(
                "TOPIT",
                ExportKind.SDTM,
                Optional.of("xpt"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(Role.DATA_MANAGER)),
            "dm",
            Instant.parse("2026-07-01T08:01:00Z"),
            ExportJobStatus.QUEUED,
            0,
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    assertThat(roundTrip(queued)).isEqualTo(queued);
  }

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
