package org.ecrf.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded MariaDB's two accounts, generated at first start and kept (readable
 * by the owner of the data directory only) beside its data, so that restarts find them. Fixed
 * passwords can be imposed, for test runs.
 */
record EmbeddedCredentials(String ownerPassword, String appPassword) {

  static final String OWNER_USER = "ecrf_owner";
  static final String APP_USER = "ecrf_app";

  static EmbeddedCredentials loadOrCreate(
      Path file, Optional<String> ownerPassword, Optional<String> appPassword) {
    Properties stored = read(file);
    EmbeddedCredentials credentials =
        new EmbeddedCredentials(
            ownerPassword.orElseGet(() -> stored.getProperty("owner.password", newPassword())),
            appPassword.orElseGet(() -> stored.getProperty("app.password", newPassword())));
    credentials.write(file);
    return credentials;
  }

  /** The stored passwords, if the database was ever started in this directory. */
  static Optional<EmbeddedCredentials> load(Path file) {
    Properties stored = read(file);
    String owner = stored.getProperty("owner.password");
    String app = stored.getProperty("app.password");
    return owner == null || app == null
        ? Optional.empty()
        : Optional.of(new EmbeddedCredentials(owner, app));
  }

  DatabaseAccount owner() {
    return new DatabaseAccount(OWNER_USER, ownerPassword);
  }

  DatabaseAccount app() {
    return new DatabaseAccount(APP_USER, appPassword);
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new LauncherException("Cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return properties;
  }

  private void write(Path file) {
    Properties properties = new Properties();
    properties.setProperty("owner.password", ownerPassword);
    properties.setProperty("app.password", appPassword);
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      try (Writer writer = Files.newBufferedWriter(file)) {
        properties.store(
            writer,
            "Passwords of the embedded MariaDB accounts " + OWNER_USER + " and " + APP_USER);
      }
    } catch (IOException e) {
      throw new LauncherException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String newPassword() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
