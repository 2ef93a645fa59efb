package org.ecrf.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same machine's raw MariaDB figure for the work of a save: the same number of users, each
 * committing one transaction per save that inserts {@link #ROWS_PER_SAVE} rows into an InnoDB table
 * over JDBC, with nothing else around it. A save of the benchmark changes one weight: the item
 * value, the derived BMI, an audit event for each and the form's row (version and time).
 */
final class RawMariaDbBaseline {

  static final int ROWS_PER_SAVE = 5;

  /** Transactions per second of C users doing {@code transactions} each. */
  static double transactionsPerSecond(BenchSettings settings, int users, int transactions)
      throws Exception {
    try (Connection setup = connect(settings);
        Statement statement = setup.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS bench_raw_row (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
              + " subject_key VARCHAR(20) NOT NULL, item_oid VARCHAR(64) NOT NULL,"
              + " value_text VARCHAR(200), written_at DATETIME(6) NOT NULL) ENGINE=InnoDB");
    }
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Future<?>> work = new ArrayList<>();
      long started = System.nanoTime();
      for (int user = 0; user < users; user++) {
        String key = "RAW-" + user;
        work.add(pool.submit(() -> insert(settings, key, transactions)));
      }
      for (Future<?> done : work) {
        done.get();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return users * transactions / seconds;
    } finally {
      pool.shutdownNow();
      try (Connection cleanup = connect(settings);
          Statement statement = cleanup.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS bench_raw_row");
      }
    }
  }

  private static Void insert(BenchSettings settings, String key, int transactions)
      throws SQLException {
    try (Connection connection = connect(settings);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO bench_raw_row (subject_key, item_oid, value_text, written_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      connection.setAutoCommit(false);
      for (int t = 0; t < transactions; t++) {
        for (int row = 0; row < ROWS_PER_SAVE; row++) {
          insert.setString(1, key);
          insert.setString(2, "I.ITEM_" + row);
          insert.setString(3, Integer.toString(t));
          insert.setTimestamp(4, Timestamp.from(Instant.now()));
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      }
    }
    return null;
  }

  private static Connection connect(BenchSettings settings) throws SQLException {
    return DriverManager.getConnection(
        settings.jdbcUrl(), "ecrf_owner", BenchSettings.OWNER_PASSWORD);
  }
}
