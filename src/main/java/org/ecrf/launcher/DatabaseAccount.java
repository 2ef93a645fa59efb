package org.ecrf.launcher;

import java.util.regex.Pattern;

/**
 * A MariaDB account: user name and password. The password never appears in logs or on command
 * lines.
 */
record DatabaseAccount(String user, String password) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,80}");

  DatabaseAccount {
    if (user == null || !NAME.matcher(user).matches()) {
      throw new LauncherException(
          "A database user name is letters, digits, '_', '.' or '-', not '" + user + "'");
    }
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return user;
  }
}
