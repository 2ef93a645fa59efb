package org.ecrf.launcher;

/** A fault that stops the launcher with a message meant for the person who started it. */
class LauncherException extends RuntimeException {

  LauncherException(String message) {
    super(message);
  }

  LauncherException(String message, Throwable cause) {
    super(message, cause);
  }
}
