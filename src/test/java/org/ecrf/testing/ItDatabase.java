package org.ecrf.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct reads of the integration-test database, for what the API does not show (yet): the audit
 * rows as stored. Tests never write through it except to simulate tampering.
 */
public final class ItDatabase {

  private ItDatabase() {}

  /** As the schema owner, who may do anything (tests use it to read, and to simulate tampering). */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"), "ecrf_owner", System.getProperty("it.db.owner.password"));
  }

  /** As the application's own account, with exactly the rights the migrations grant it. */
  public static Connection connectAsApplication() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"), "ecrf_app", System.getProperty("it.db.app.password"));
  }

  /** The audit events about one target ({@code user:inv.pot}), oldest first. */
  public static List<AuditRow> auditEventsAbout(String target) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, event_type, actor, source, reason, previous_hash, hash FROM audit_event"
                    + " WHERE target = ? ORDER BY id")) {
      statement.setString(1, target);
      List<AuditRow> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              new AuditRow(
                  result.getLong(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7)));
        }
      }
      return rows;
    }
  }

  /** The audit events of one form of a subject, oldest first, with their item paths. */
  public static List<EntryEvent> entryEvents(String subjectKey, String eventOid, String formOid)
      throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT event_type, actor, actor_role, source, item_group_repeat, item_oid,"
                    + " old_value, new_value, reason FROM audit_event WHERE subject_key = ?"
                    + " AND event_oid = ? AND form_oid = ? ORDER BY id")) {
      statement.setString(1, subjectKey);
      statement.setString(2, eventOid);
      statement.setString(3, formOid);
      List<EntryEvent> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              new EntryEvent(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getObject(5, Integer.class),
                  result.getString(6),
                  result.getString(7),
                  result.getString(8),
                  result.getString(9)));
        }
      }
      return rows;
    }
  }

  /** The hash stored by the event just before {@code id} in the chain. */
  public static String hashBefore(long id) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT hash FROM audit_event WHERE id < ? ORDER BY id DESC LIMIT 1")) {
      statement.setLong(1, id);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getString(1) : "0".repeat(64);
      }
    }
  }

  /** One audit event about clinical data. */
  public record EntryEvent(
      String type,
      String actor,
      String role,
      String source,
      Integer groupRepeat,
      String itemOid,
      String oldValue,
      String newValue,
      String reason) {}

  /** One stored audit event. */
  public record AuditRow(
      long id,
      String type,
      String actor,
      String source,
      String reason,
      String previousHash,
      String hash) {}
}
