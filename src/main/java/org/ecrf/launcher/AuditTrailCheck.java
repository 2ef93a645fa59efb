package org.ecrf.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ecrf.audit.domain.AuditChainVerifier;
import org.ecrf.audit.domain.AuditChainVerifier.ChainVerification;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventRow;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.audit.domain.ItemPath;

/**
 * {@code java -jar target/ecrf.jar verify-audit}: verifies the audit trail straight from the
 * database, without the application server, with the same hash rules ({@code audit.domain}). The
 * rows are streamed in id order inside one read transaction, so the check sees one consistent
 * snapshot whatever its size.
 */
final class AuditTrailCheck {

  private static final String EVENTS =
      "SELECT id, occurred_at, event_type, actor, actor_role, site_code, source, target, study_oid, subject_key,"
          + " event_oid, event_repeat, form_oid, item_group_oid, item_group_repeat, item_oid, old_value, new_value,"
          + " reason, previous_hash, hash FROM audit_event ORDER BY id";

  private AuditTrailCheck() {}

  static ChainVerification verify(String url, DatabaseAccount account) {
    try (Connection connection =
        DriverManager.getConnection(url, account.user(), account.password())) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      try (Statement snapshot = connection.createStatement()) {
        snapshot.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
      }
      AuditChainVerifier verifier = new AuditChainVerifier();
      try (PreparedStatement statement =
          connection.prepareStatement(
              EVENTS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        statement.setFetchSize(1000);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            try {
              verifier.accept(row(rows));
            } catch (IllegalArgumentException e) {
              verifier.acceptUnreadable(rows.getLong("id"), rows.getString("hash"));
            }
          }
        }
      }
      try (Statement head = connection.createStatement();
          ResultSet result =
              head.executeQuery(
                  "SELECT last_event_id, last_hash FROM audit_chain_head WHERE id = 1")) {
        if (!result.next()) {
          throw new LauncherException(
              "The audit chain head is missing: the trail was tampered with");
        }
        long lastEventId = result.getLong(1);
        Long headId = result.wasNull() ? null : lastEventId;
        ChainVerification verification = verifier.finish(headId, result.getString(2));
        connection.commit();
        return verification;
      }
    } catch (SQLException e) {
      throw new LauncherException(
          "The audit trail could not be read from " + url + ": " + e.getMessage(), e);
    }
  }

  private static AuditEventRow row(ResultSet rows) throws SQLException {
    String studyOid = rows.getString("study_oid");
    String subjectKey = rows.getString("subject_key");
    ItemPath path =
        studyOid == null && subjectKey == null
            ? null
            : new ItemPath(
                studyOid,
                subjectKey,
                rows.getString("event_oid"),
                (Integer) rows.getObject("event_repeat"),
                rows.getString("form_oid"),
                rows.getString("item_group_oid"),
                (Integer) rows.getObject("item_group_repeat"),
                rows.getString("item_oid"));
    AuditEntry entry =
        new AuditEntry(
            AuditEventType.valueOf(rows.getString("event_type")),
            rows.getString("actor"),
            rows.getString("actor_role"),
            rows.getString("site_code"),
            AuditSource.valueOf(rows.getString("source")),
            rows.getString("target"),
            rows.getString("old_value"),
            rows.getString("new_value"),
            rows.getString("reason"),
            path);
    LocalDateTime occurred = rows.getObject("occurred_at", LocalDateTime.class);
    return new AuditEventRow(
        rows.getLong("id"),
        occurred.toInstant(ZoneOffset.UTC),
        rows.getString("previous_hash"),
        rows.getString("hash"),
        entry);
  }

  /** The verification as the command prints it, and as the REST API answers it. */
  static String json(ChainVerification verification) {
    return "{\"events\": "
        + verification.events()
        + ", \"valid\": "
        + verification.valid()
        + ", \"firstBrokenEvent\": "
        + (verification.firstBrokenEvent().isPresent()
            ? verification.firstBrokenEvent().getAsLong()
            : "null")
        + "}";
  }
}
