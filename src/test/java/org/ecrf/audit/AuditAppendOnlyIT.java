package org.ecrf.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ecrf.testing.ItDatabase;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only for the application's database account (granted by the
 * migrations): it can read and add events, but any attempt to change or remove one is refused by
 * MariaDB itself.
 */
class AuditAppendOnlyIT {

  @Test
  void theApplicationAccountReadsAuditEvents() throws SQLException {
    try (Connection connection = ItDatabase.connectAsApplication();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
      assertThat(result.next()).isTrue();
    }
  }

  @Test
  void theApplicationAccountCannotUpdateDeleteOrDropAuditEvents() throws SQLException {
    try (Connection connection = ItDatabase.connectAsApplication();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  statement.executeUpdate("UPDATE audit_event SET reason = 'edited' WHERE id > 0"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UPDATE command denied");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event WHERE id > 0"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("DELETE command denied");
      assertThatThrownBy(() -> statement.execute("TRUNCATE TABLE audit_event"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute("DROP TABLE audit_event"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void theApplicationAccountCannotChangeTheSchema() throws SQLException {
    try (Connection connection = ItDatabase.connectAsApplication();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("ALTER TABLE app_user ADD COLUMN x INT"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute("CREATE TABLE sneaky (id INT)"))
          .isInstanceOf(SQLException.class);
    }
  }
}
