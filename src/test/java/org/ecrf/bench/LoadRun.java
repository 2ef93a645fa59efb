package org.ecrf.bench;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.ecrf.bench.TopitStudyGenerator.Child;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.PageSession;

/**
 * Concurrent users on a generated study: each user is a site investigator with a browser session of
 * their own and works through the subjects of their site that no other user touches, so that no
 * save is refused as concurrent. One round opens the page of the {@link LoadForm} as a browser
 * does, saves a changed value of its item (with its reason) through the ODM API, and reads the
 * subject's data back through the API.
 */
final class LoadRun {

  final LatencyStats open = new LatencyStats("form page open (GET entry/form.xhtml)");
  final LatencyStats save = new LatencyStats("form save (ODM import, 1 form, reason for change)");
  final LatencyStats read = new LatencyStats("read back (GET subject ClinicalData)");
  private final LoadForm target;
  private final long paceNanos;
  private final AtomicInteger version = new AtomicInteger();

  /** Users who start each round as soon as the last one is answered. */
  LoadRun(LoadForm target) {
    this(target, Duration.ZERO);
  }

  /**
   * Users who start a round at most once per {@code pace} (at once when the last round took
   * longer), as people at work do; {@link Duration#ZERO} for as fast as possible.
   */
  LoadRun(LoadForm target, Duration pace) {
    this.target = target;
    this.paceNanos = pace.toNanos();
  }

  /** Runs the rounds; gives the wall time of the whole run in nanoseconds. */
  long run(URL server, List<Child> children, int users, int rounds, boolean savesOnly)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Future<?>> work = new ArrayList<>();
      long started = System.nanoTime();
      for (int user = 0; user < users; user++) {
        List<Child> mine = share(children, user, users);
        work.add(pool.submit(() -> user(server, mine, rounds, savesOnly)));
      }
      for (Future<?> done : work) {
        done.get();
      }
      return System.nanoTime() - started;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The children of one user: of one site, none shared with another user. */
  static List<Child> share(List<Child> children, int user, int users) {
    String site = user % 2 == 0 ? "POT" : "BER";
    int usersOfSite = (users + (user % 2 == 0 ? 1 : 0)) / 2;
    List<Child> ofSite = children.stream().filter(c -> c.site().equals(site)).toList();
    List<Child> mine = new ArrayList<>();
    for (int i = user / 2; i < ofSite.size(); i += usersOfSite) {
      mine.add(ofSite.get(i));
    }
    if (mine.isEmpty()) {
      throw new IllegalArgumentException(
          "Too few subjects for " + users + " users: generate at least " + 2 * users);
    }
    return mine;
  }

  private Void user(URL server, List<Child> mine, int rounds, boolean savesOnly) {
    String investigator = mine.get(0).investigator();
    ApiClient api = ApiClient.asDemoUser(server, investigator);
    PageSession browser =
        savesOnly ? null : PageSession.signIn(server, investigator, ApiClient.DEMO_PASSWORD);
    for (int round = 0; round < rounds; round++) {
      long roundStarted = System.nanoTime();
      Child child = mine.get(round % mine.size());
      if (!savesOnly) {
        timed(open, () -> openPage(browser, child));
      }
      timed(save, () -> saveWeight(api, child));
      if (!savesOnly) {
        timed(read, () -> readBack(api, child));
      }
      waitForNextRound(roundStarted);
    }
    return null;
  }

  private void waitForNextRound(long roundStarted) {
    long left = roundStarted + paceNanos - System.nanoTime();
    if (left > 0) {
      LockSupport.parkNanos(left);
    }
  }

  private String openPage(PageSession browser, Child child) {
    var page = browser.get(target.pagePath(child.key()));
    return page.statusCode() == 200 && page.body().contains(target.item())
        ? null
        : "status " + page.statusCode() + " for the page of " + child.key();
  }

  private String saveWeight(ApiClient api, Child child) {
    String weight =
        String.format(java.util.Locale.ROOT, "%.1f", 30 + version.incrementAndGet() % 400 / 10.0);
    Answer answer =
        api.postXml(target.studyPath() + "clinicaldata", target.change(child.key(), weight));
    if (answer.status() != 200) {
      return "status " + answer.status() + " saving " + child.key() + ": " + answer.body();
    }
    var counts = answer.json().getJsonObject("counts");
    return counts.getInt("formsRefused") == 0 ? null : "refused: " + answer.body();
  }

  private String readBack(ApiClient api, Child child) {
    Answer answer = api.getXml(target.studyPath() + "subjects/" + child.key() + "/clinicaldata");
    return answer.status() == 200 && answer.body().contains(target.item())
        ? null
        : "status " + answer.status() + " reading " + child.key();
  }

  /** Times one operation; a returned text is an error, recorded instead of the latency. */
  private static void timed(LatencyStats stats, java.util.function.Supplier<String> operation) {
    long started = System.nanoTime();
    String error;
    try {
      error = operation.get();
    } catch (RuntimeException e) {
      error = e.toString();
    }
    if (error == null) {
      stats.record(System.nanoTime() - started);
    } else {
      stats.error(error);
    }
  }
}
