package org.ecrf.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises, in the causes of a failure, that the database could not be reached (refused or lost
 * connection, no connection to be had from the pool), as opposed to an error in the request or in
 * the platform. Callers answer the former as "unavailable, try again" (HTTP 503) rather than as an
 * unexpected error: nothing is wrong with the request, and the platform recovers by itself when the
 * database returns.
 */
public final class DatabaseUnavailable {

  /** What the caller is told: nothing wrong with the request, try again, check a change first. */
  public static final String MESSAGE =
      "The database cannot be reached at the moment, so the request was not completed. Try again"
          + " shortly; after a failed change, read the data back before sending it again.";

  /** Seconds after which a client may try again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 10;

  /** Causes looked at, at most (a chain that loops is not followed for ever). */
  private static final int MAX_DEPTH = 64;

  /** SQLSTATE class 08: connection exception (ISO/IEC 9075, used by the MariaDB driver). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private DatabaseUnavailable() {}

  /** Whether the failure, or any of its causes, is a lost or refused database connection. */
  public static boolean causedBy(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = next(cause)) {
      if (isConnectionFailure(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof ConnectException) {
      return true;
    }
    return cause instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
  }

  /** The next cause, including the chain of an SQLException; null at the end. */
  private static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    if (next == null && cause instanceof SQLException sql) {
      next = sql.getNextException();
    }
    return next;
  }
}
