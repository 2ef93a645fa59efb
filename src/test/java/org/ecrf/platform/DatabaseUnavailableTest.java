package org.ecrf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUnavailableTest {

  @ParameterizedTest(name = "SQLSTATE {0} -> {1}")
  @CsvSource({
    "08000, true",
    "08001, true",
    "08S01, true",
    "07000, false",
    "09000, false",
    "23000, false",
    "40001, false",
    "HY000, false"
  })
  void onlySqlStateClass08CountsAsAConnectionFailure(String sqlState, boolean unavailable) {
    assertThat(DatabaseUnavailable.causedBy(new SQLException("failed", sqlState)))
        .isEqualTo(unavailable);
  }

  @Test
  void aRefusedConnectionDeepInsideThePoolsExceptionCounts() {
    SQLException pool = new SQLException("Error in allocating a connection");
    pool.initCause(
        new IllegalStateException(
            "Connection could not be allocated",
            new SQLNonTransientConnectionException(
                "Socket fail to connect", "08000", new ConnectException("Connection refused"))));

    assertThat(DatabaseUnavailable.causedBy(new PersistenceException("query failed", pool)))
        .isTrue();
  }

  @Test
  void aConnectionLostInTheMiddleOfAQueryCounts() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new RuntimeException(new SQLTransientConnectionException("Connection reset"))))
        .isTrue();
  }

  @Test
  void theNextExceptionOfAnSqlExceptionIsLookedAt() {
    SQLException batch = new SQLException("batch failed", "HY000");
    batch.setNextException(new SQLNonTransientConnectionException("Connection reset"));

    assertThat(DatabaseUnavailable.causedBy(batch)).isTrue();
  }

  @Test
  void errorsOfTheRequestOrThePlatformDoNotCount() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
  }

  @Test
  void aChainThatLoopsEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
  }
}
