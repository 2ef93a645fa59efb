package org.ecrf.launcher;

import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.ecrf.audit.domain.AuditChainVerifier.ChainVerification;

/**
 * {@code java -jar target/ecrf.jar [command]}: {@code run} (the default) starts the database if
 * needed, migrates it and serves the application; {@code migrate} only migrates; {@code database}
 * only runs the embedded MariaDB (used by the integration tests).
 */
public final class Launcher {

  private static final System.Logger LOG = System.getLogger(Launcher.class.getName());
  private static final Duration DATABASE_WAIT = Duration.ofSeconds(60);

  private final LauncherSettings settings;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  private Launcher(LauncherSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
    String command = args.length == 0 ? "run" : args[0].toLowerCase(Locale.ROOT);
    try {
      Launcher launcher = new Launcher(LauncherSettings.from(System.getenv()));
      switch (command) {
        case "run" -> launcher.run();
        case "migrate" -> launcher.migrateOnly();
        case "database" -> launcher.databaseOnly(List.of(args).contains("--fresh"));
        case "verify-audit" -> System.exit(launcher.verifyAudit());
        case "help", "--help", "-h" -> System.err.println(usage());
        default -> {
          System.err.println("Unknown command '" + args[0] + "'.\n" + usage());
          System.exit(2);
        }
      }
    } catch (LauncherException e) {
      LOG.log(Level.ERROR, e.getMessage());
      System.exit(1);
    }
  }

  private void run() {
    long start = System.nanoTime();
    if (settings.cluster().isPresent() && settings.exportsInDataDir()) {
      LOG.log(
          Level.WARNING,
          "Export files stay in {0}: only this instance can offer them for download. Set"
              + " ECRF_EXPORT_DIRECTORY to one directory every instance of the cluster shares.",
          settings.exportDir());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "ecrf-shutdown"));
    ApplicationServer.ServerLayout layout =
        ApplicationServer.ServerLayout.of(launcherJar(), settings.dataDir());
    ApplicationServer.stopStale(layout);
    DatabaseTarget database = database();
    new DatabaseMigrator(database).awaitReachable(DATABASE_WAIT).migrate();
    ApplicationServer server =
        ApplicationServer.launch(
            layout,
            settings.httpPort(),
            settings.serverJvmOptions(),
            settings.cluster(),
            Map.of(
                "ECRF_DB_URL", database.url(),
                "ECRF_DB_USER", database.app().user(),
                "ECRF_DB_PASSWORD", database.app().password(),
                "ECRF_DEMO", Boolean.toString(settings.demo()),
                "ECRF_EXPORT_DIRECTORY", settings.exportDir().toString()));
    started.push(server);
    server.awaitReady(settings.httpPort());
    LOG.log(
        Level.INFO,
        "eCRF is ready at http://localhost:{0,number,#}/ (started in {1} s{2}{3})",
        settings.httpPort(),
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
        settings.demo() ? ", demo mode" : "",
        settings
            .cluster()
            .map(c -> ", data grid " + c.self() + " in cluster " + c.name())
            .orElse(""));
    awaitServerExit(server);
  }

  private void awaitServerExit(ApplicationServer server) {
    try {
      int exitCode = server.awaitExit();
      LOG.log(Level.INFO, "Payara Micro has stopped (exit code {0})", exitCode);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void migrateOnly() {
    new DatabaseMigrator(externalDatabase()).awaitReachable(DATABASE_WAIT).migrate();
  }

  private void databaseOnly(boolean fresh) {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "ecrf-shutdown"));
    if (fresh) {
      EmbeddedDatabase.discard(settings.embeddedDbDir());
    }
    EmbeddedDatabase embedded = startEmbedded();
    LOG.log(
        Level.INFO,
        "Embedded MariaDB ready on 127.0.0.1:{0,number,#}; stop with Ctrl-C",
        embedded.port());
    awaitTermination();
  }

  /**
   * Exit code 0 when the audit trail is intact, 3 when it is not (the output names the first broken
   * event).
   */
  private int verifyAudit() {
    DatabaseTarget database =
        settings
            .externalDatabase()
            .or(() -> EmbeddedDatabase.running(settings.embeddedDbDir()))
            .orElseGet(() -> startEmbedded().target());
    ChainVerification verification = AuditTrailCheck.verify(database.url(), database.app());
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println(AuditTrailCheck.json(verification));
    stopAll();
    return verification.valid() ? 0 : 3;
  }

  private DatabaseTarget database() {
    return settings.usesEmbeddedDatabase() ? startEmbedded().target() : externalDatabase();
  }

  private EmbeddedDatabase startEmbedded() {
    EmbeddedDatabase embedded =
        EmbeddedDatabase.start(settings.embeddedDbDir(), settings.embedded());
    started.push(embedded);
    return embedded;
  }

  private DatabaseTarget externalDatabase() {
    return settings
        .externalDatabase()
        .orElseThrow(() -> new LauncherException("Set ECRF_DB_URL to the database to migrate"));
  }

  private synchronized void stopAll() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Stopping failed: " + e.getMessage());
      }
    }
  }

  private static void awaitTermination() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path launcherJar() {
    try {
      return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new LauncherException("Cannot locate the launcher's own jar", e);
    }
  }

  private static String usage() {
    return """
        Usage: java -jar target/ecrf.jar [run|migrate|database [--fresh]|verify-audit]
          run       start the platform (default): embedded MariaDB unless ECRF_DB_URL is set,
                    database migration, then the application on ECRF_HTTP_PORT (8080)
          migrate   apply the database migrations to ECRF_DB_URL and exit
          database  run only the embedded MariaDB (ECRF_DATA_DIR, ECRF_EMBEDDED_DB_PORT);
                    --fresh first deletes its data (for test runs)
          verify-audit  recompute every hash of the audit trail; prints
                    {"events": n, "valid": true|false, "firstBrokenEvent": id}, exit code 3 if broken
        Settings: ECRF_DB_URL, ECRF_DB_USER, ECRF_DB_PASSWORD (application account),
                  ECRF_DB_OWNER_USER, ECRF_DB_OWNER_PASSWORD (schema owner), ECRF_DB_APP_HOST (%),
                  ECRF_DATA_DIR (./data), ECRF_EXPORT_DIRECTORY (export files, ./data/exports),
                  ECRF_HTTP_PORT (8080), ECRF_EMBEDDED_DB_PORT (free port), ECRF_DEMO (false),
                  ECRF_JAVA_OPTS (JVM options of the server, -Xmx1g)
        Cluster:  ECRF_CLUSTER_MEMBERS (every instance's data grid address, this one's too,
                  e.g. 127.0.0.1:6900,127.0.0.1:6901; unset: this instance runs alone),
                  ECRF_CLUSTER_PORT (this instance's data grid port), ECRF_CLUSTER_NAME (ecrf),
                  ECRF_CLUSTER_INTERFACE (the address the data grid listens on, 127.0.0.1)""";
  }
}
