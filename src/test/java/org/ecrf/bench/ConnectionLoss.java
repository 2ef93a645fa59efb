package org.ecrf.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.ecrf.bench.TopitStudyGenerator.Child;
import org.ecrf.testing.ApiClient;

/**
 * Resilience to the loss of the database connection: the database runs on its own ({@link
 * DatabaseProcess}) and the application against it as against an external MariaDB; while users
 * save, the database is killed with SIGKILL, stays away for a while ({@code bench.outageSeconds},
 * 10 s by default), and is started again on the same data. The application is not restarted.
 * Measured: the answers to saves and to {@code /health} during the outage (503, never an
 * acknowledgement), the time from the database's return to the first acknowledged save, and, as for
 * the power cut, that no acknowledged save was lost ({@link SaveLedger}).
 */
final class ConnectionLoss {

  /**
   * How soon after the database's return saves must succeed again: within the start-up target, or
   * restarting the application would be the quicker way back.
   */
  static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

  private static final long BEFORE_MILLIS = 5_000;
  private static final long AFTER_MILLIS = 3_000;
  private static final long RETRY_PAUSE_MILLIS = 200;
  private static final long HEALTH_INTERVAL_MILLIS = 250;

  /**
   * What the check found.
   *
   * @param timeline the outage and the recovery
   * @param inFlight saves under way when the database was killed (started before, answered after)
   * @param during saves started and answered while the database was away
   * @param waiting saves started while the database was away and answered after its return
   * @param health the {@code /health} calls started and answered while the database was away
   * @param saves the check that no acknowledged save (of the whole run) was lost
   */
  record Outcome(
      Timeline timeline,
      AnswerTally inFlight,
      AnswerTally during,
      AnswerTally waiting,
      AnswerTally health,
      SaveLedger.Outcome saves) {

    /**
     * Whether the data came through and the application came back by itself: no acknowledged save
     * lost, none acknowledged while the database was away, the chain valid, a save acknowledged
     * within {@link #RECOVERY_LIMIT} of the database's return. How clearly saves were refused (503
     * rather than 500, or a long wait) is reported beside its target but does not fail the run.
     */
    boolean passed() {
      return saves.passed()
          && during.acknowledged() == 0
          && timeline.recoveredWithin(RECOVERY_LIMIT);
    }
  }

  /**
   * @param outageNanos from the kill to the database's answering again (times in nanoseconds, -1
   *     for what never happened)
   * @param restartNanos of which the database's restart took
   * @param recoveryNanos from the database's return to the first acknowledged save, or -1
   * @param healthRecoveryNanos from the database's return to the first {@code UP} of {@code
   *     /health}, or -1
   */
  record Timeline(
      long outageNanos, long restartNanos, long recoveryNanos, long healthRecoveryNanos) {

    boolean recoveredWithin(Duration limit) {
      return recoveryNanos >= 0 && recoveryNanos <= limit.toNanos();
    }
  }

  private final BenchSettings settings;
  private final URL server;
  private final Queue<CallAnswer> saveAnswers = new ConcurrentLinkedQueue<>();
  private final Queue<CallAnswer> healthAnswers = new ConcurrentLinkedQueue<>();

  /** The database of the check: the first one, then the one started after the outage. */
  private DatabaseProcess database;

  ConnectionLoss(BenchSettings settings, URL server) {
    this.settings = settings;
    this.server = server;
  }

  /** Runs the outage with one user per child (the first {@code users} children). */
  Outcome run(List<Child> children, int users) throws Exception {
    List<Child> used = children.subList(0, Math.min(users, children.size()));
    database = DatabaseProcess.start(settings);
    try (EcrfServer application = EcrfServer.startOnDatabase(settings)) {
      SaveLedger ledger = new SaveLedger(LoadForm.TOPIT_WEIGHT);
      ledger.baseline(server, used.stream().map(Child::key).toList());
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(used.size() + 1);
      try {
        used.forEach(child -> pool.submit(() -> saveUntilStopped(child, ledger, stop)));
        pool.submit(() -> pollHealth(stop));
        Moments moments = outageAndReturn(used);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        writeCalls(moments);
        return outcome(moments, ledger);
      } finally {
        stop.set(true);
        pool.shutdownNow();
      }
    } finally {
      database.close();
    }
  }

  /** When the database was killed, when its restart began, when it answered again. */
  private record Moments(long cut, long restart, long back) {}

  /**
   * Lets the users save for a while, kills the database, keeps it away, starts it again and waits
   * until every user had a save acknowledged (or twice the recovery limit), then a little longer.
   */
  private Moments outageAndReturn(List<Child> used) throws Exception {
    Thread.sleep(BEFORE_MILLIS);
    long cut = System.nanoTime();
    database.killHard();
    Thread.sleep(settings.outageSeconds() * 1000L);
    long restart = System.nanoTime();
    database = DatabaseProcess.start(settings);
    long back = System.nanoTime();
    awaitRecovery(used, back);
    Thread.sleep(AFTER_MILLIS);
    return new Moments(cut, restart, back);
  }

  private Outcome outcome(Moments at, SaveLedger ledger) {
    long cut = at.cut();
    long back = at.back();
    Timeline timeline =
        new Timeline(
            back - cut,
            back - at.restart(),
            firstAcknowledgedAfter(saveAnswers, back),
            firstAcknowledgedAfter(healthAnswers, back));
    return new Outcome(
        timeline,
        AnswerTally.of(saveAnswers, a -> a.started() < cut && a.ended() >= cut),
        AnswerTally.of(saveAnswers, a -> a.started() >= cut && a.ended() < back),
        AnswerTally.of(
            saveAnswers, a -> a.started() >= cut && a.started() < back && a.ended() >= back),
        AnswerTally.of(healthAnswers, a -> a.started() >= cut && a.ended() < back),
        ledger.check(server));
  }

  /** Waits until every user had a save acknowledged after the database's return, within bounds. */
  private void awaitRecovery(List<Child> used, long back) throws InterruptedException {
    long deadline = back + RECOVERY_LIMIT.toNanos() * 2;
    while (System.nanoTime() < deadline) {
      boolean all =
          used.stream()
              .allMatch(
                  child ->
                      saveAnswers.stream()
                          .anyMatch(
                              a ->
                                  a.acknowledged()
                                      && a.ended() > back
                                      && a.caller().equals(child.key())));
      if (all) {
        return;
      }
      Thread.sleep(200);
    }
  }

  private void saveUntilStopped(Child child, SaveLedger ledger, AtomicBoolean stop) {
    ApiClient api = ApiClient.asDemoUser(server, child.investigator());
    LoadForm form = ledger.form();
    for (int round = 1; !stop.get(); round++) {
      String weight = String.format(Locale.ROOT, "%.1f", 20 + round % 800 / 10.0);
      long started = System.nanoTime();
      CallAnswer answer;
      try {
        ApiClient.Answer http =
            api.postXml(form.studyPath() + "clinicaldata", form.change(child.key(), weight));
        boolean stored =
            http.status() == 200 && http.json().getJsonObject("counts").getInt("formsRefused") == 0;
        if (stored) {
          ledger.acknowledged(child.key(), weight);
        } else {
          ledger.refused(child.key(), weight);
        }
        answer = new CallAnswer(child.key(), started, System.nanoTime(), http, stored);
      } catch (RuntimeException noAnswer) {
        answer = CallAnswer.none(child.key(), started, noAnswer);
      }
      saveAnswers.add(answer);
      if (!answer.acknowledged()) {
        pause(RETRY_PAUSE_MILLIS);
      }
    }
  }

  private void pollHealth(AtomicBoolean stop) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + "health"))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    while (!stop.get()) {
      long started = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        ApiClient.Answer answer = new ApiClient.Answer(response.statusCode(), response.body());
        healthAnswers.add(
            new CallAnswer(
                "health", started, System.nanoTime(), answer, response.statusCode() == 200));
      } catch (Exception noAnswer) {
        healthAnswers.add(CallAnswer.none("health", started, noAnswer));
      }
      pause(HEALTH_INTERVAL_MILLIS);
    }
  }

  /**
   * Every call, one line each, for a closer look: who, started and ended in milliseconds after the
   * kill, the answer, whether it succeeded ({@code connection-loss-calls.csv} in the work
   * directory).
   */
  private void writeCalls(Moments at) throws IOException {
    long cut = at.cut();
    List<String> lines = new ArrayList<>();
    lines.add("# database back at " + (at.back() - cut) / 1_000_000 + " ms after the kill");
    lines.add("caller,started_ms,ended_ms,status,acknowledged");
    Stream.concat(saveAnswers.stream(), healthAnswers.stream())
        .sorted(Comparator.comparingLong(CallAnswer::started))
        .forEach(
            a ->
                lines.add(
                    String.join(
                        ",",
                        a.caller(),
                        Long.toString((a.started() - cut) / 1_000_000),
                        Long.toString((a.ended() - cut) / 1_000_000),
                        a.status(),
                        Boolean.toString(a.acknowledged()))));
    Files.write(settings.workDir().resolve("connection-loss-calls.csv"), lines);
  }

  /** Nanoseconds from {@code back} to the first positive answer after it, or -1. */
  private static long firstAcknowledgedAfter(Queue<CallAnswer> answers, long back) {
    return answers.stream()
        .filter(answer -> answer.acknowledged() && answer.ended() > back)
        .mapToLong(answer -> answer.ended() - back)
        .min()
        .orElse(-1);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
