package org.ecrf.launcher;

import java.util.regex.Pattern;

/**
 * The database the platform uses and its two accounts. The owner applies the migrations (it creates
 * tables and grants rights); the application account serves the running application and may only
 * insert and read audit rows, so that the audit trail cannot be edited through the application's
 * credentials. {@code appHost} is the host part of the application account in grants ({@code '%'}
 * by default).
 */
record DatabaseTarget(String url, DatabaseAccount owner, DatabaseAccount app, String appHost) {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.%:-]{1,255}");

  DatabaseTarget {
    if (!HOST.matcher(appHost).matches()) {
      throw new LauncherException(
          "ECRF_DB_APP_HOST is a host name, address or '%', not '" + appHost + "'");
    }
  }

  /** The application account as a GRANT statement names it, e.g. {@code 'ecrf_app'@'%'}. */
  String appAccountInGrants() {
    return "'" + app.user() + "'@'" + appHost + "'";
  }

  /**
   * True when one account both owns the schema and runs the application (allowed, but not
   * append-only).
   */
  boolean ownerIsApplication() {
    return owner.user().equals(app.user());
  }
}
