package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.TopitChildren;

/**
 * Exports run one at a time across the instances, because the turn to run one is a lock in the
 * database ({@code GET_LOCK('ecrf-export.<database>')}), not in a JVM. The test takes that lock
 * itself, as a third party would: exports queued on both instances meanwhile must wait, a job left
 * RUNNING by a "stopped server" must be recorded as failed by the next one to take the turn, and
 * once the lock is free both exports run to their end, never both at once; then each file is
 * downloaded through the instance that did not write it.
 */
final class ExportTurnCheck {

  /** The lock's name for the database {@code ecrf} (see {@code ExportLock}). */
  private static final String LOCK = "'ecrf-export.ecrf'";

  private static final Duration WAIT = Duration.ofMinutes(3);
  private static final String EXPORTS = TopitChildren.STUDY + "exports";

  private final TwoInstances cluster;
  private final TopitChildren first;
  private final TopitChildren second;
  private long viaFirst;
  private long viaSecond;
  private long abandoned;

  ExportTurnCheck(TwoInstances cluster, TopitChildren first, TopitChildren second) {
    this.cluster = cluster;
    this.first = first;
    this.second = second;
  }

  /**
   * Takes the turn, stages a job of a "stopped server", queues one export through each instance and
   * sees both stay QUEUED while the turn is held; then frees it.
   */
  void holdTheTurnWhileBothQueue() throws SQLException, InterruptedException {
    try (Connection db = cluster.connectAsOwner()) {
      assertThat(select(db, "GET_LOCK(" + LOCK + ", 0)")).as("the turn is free").isEqualTo(1);
      abandoned = stageAbandonedJob(db);
      viaFirst = queue(first, "dm", "{\"kind\": \"DEFINE\"}");
      viaSecond = queue(second, "sponsor", "{\"kind\": \"ODM\"}");
      for (int look = 0; look < 6; look++) {
        assertThat(status(first, viaFirst)).as("export via instance 1").isEqualTo("QUEUED");
        assertThat(status(second, viaSecond)).as("export via instance 2").isEqualTo("QUEUED");
        Thread.sleep(500);
      }
      assertThat(select(db, "RELEASE_LOCK(" + LOCK + ")")).isEqualTo(1);
    }
  }

  /** Both end DONE, and no look at them ever saw both RUNNING. */
  void requireBothDoneOneAfterTheOther() throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    String one;
    String two;
    do {
      one = status(first, viaFirst);
      two = status(second, viaSecond);
      assertThat(one.equals("RUNNING") && two.equals("RUNNING")).as("both running").isFalse();
      Thread.sleep(100);
    } while ((!finished(one) || !finished(two)) && Instant.now().isBefore(deadline));
    assertThat(one).as("export via instance 1").isEqualTo("DONE");
    assertThat(two).as("export via instance 2").isEqualTo("DONE");
  }

  /**
   * Each file is offered by the instance that did not write it (they share the export directory),
   * with the checksum its job recorded.
   */
  void requireEachFileDownloadableThroughTheOtherInstance() throws NoSuchAlgorithmException {
    requireDownload(second, "dm", viaFirst);
    requireDownload(first, "sponsor", viaSecond);
  }

  private static void requireDownload(TopitChildren instance, String user, long job)
      throws NoSuchAlgorithmException {
    String recorded = instance.api(user).get(EXPORTS + "/" + job).json().getString("sha256");
    ApiClient.Download file = instance.api(user).download(EXPORTS + "/" + job + "/file");
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())))
        .isEqualTo(recorded);
  }

  void requireTheAbandonedJobFailed() {
    JsonObject job = first.api("dm").get(EXPORTS + "/" + abandoned).json();
    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getString("failure")).contains("stopped before it finished");
  }

  private static long queue(TopitChildren instance, String user, String order) {
    Answer answer = instance.api(user).post(EXPORTS, order);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("id").longValue();
  }

  private static String status(TopitChildren instance, long job) {
    Answer answer = instance.api("dm").get(EXPORTS + "/" + job);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getString("status");
  }

  private static boolean finished(String status) {
    return status.equals("DONE") || status.equals("FAILED");
  }

  private static long stageAbandonedJob(Connection db) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO export_job (study_oid, kind, requested_by, reader_roles, requested_at,"
                + " status) VALUES ('TOPIT', 'DEFINE', 'dm', 'DATA_MANAGER', UTC_TIMESTAMP(6),"
                + " 'RUNNING')",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static int select(Connection db, String expression) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery("SELECT " + expression)) {
      result.next();
      return result.getInt(1);
    }
  }
}
