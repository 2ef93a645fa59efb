package org.ecrf.bench;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecrf.bench.TopitStudyGenerator.Child;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.PageSession;
import org.ecrf.testing.TopitChildren;

/**
 * Concurrent users on a generated study: each user is a site investigator with a browser session of
 * their own and works through the children of their site that no other user touches, so that no
 * save is refused as concurrent. One round opens the week-2 anthropometrics page as a browser does,
 * saves a changed weight (with its reason) through the ODM API, and reads the child's data back
 * through the API.
 */
final class LoadRun {

  static final String EVENT = "SE.WEEK2";
  static final String FORM = "F.ANTHRO";

  final LatencyStats open = new LatencyStats("form page open (GET entry/form.xhtml)");
  final LatencyStats save = new LatencyStats("form save (ODM import, 1 form, reason for change)");
  final LatencyStats read = new LatencyStats("read back (GET subject ClinicalData)");
  private final AtomicInteger version = new AtomicInteger();

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
      Child child = mine.get(round % mine.size());
      if (!savesOnly) {
        timed(open, () -> openPage(browser, child));
      }
      timed(save, () -> saveWeight(api, child));
      if (!savesOnly) {
        timed(read, () -> readBack(api, child));
      }
    }
    return null;
  }

  private static String openPage(PageSession browser, Child child) {
    var page =
        browser.get(
            "entry/form.xhtml?study=TOPIT&subject="
                + child.key()
                + "&event="
                + EVENT
                + "&repeat=1&form="
                + FORM);
    return page.statusCode() == 200 && page.body().contains("I.ANTHRO_WEIGHT_KG")
        ? null
        : "status " + page.statusCode() + " for the page of " + child.key();
  }

  private String saveWeight(ApiClient api, Child child) {
    String weight =
        String.format(java.util.Locale.ROOT, "%.1f", 30 + version.incrementAndGet() % 400 / 10.0);
    String odm = weightChange(child, weight);
    Answer answer = api.postXml(TopitChildren.STUDY + "clinicaldata", odm);
    if (answer.status() != 200) {
      return "status " + answer.status() + " saving " + child.key() + ": " + answer.body();
    }
    var counts = answer.json().getJsonObject("counts");
    return counts.getInt("formsRefused") == 0 ? null : "refused: " + answer.body();
  }

  /** An ODM update of the week-2 weight of a child, with its reason for change. */
  static String weightChange(Child child, String weight) {
    return TopitChildren.odm(
        """
        <SubjectData SubjectKey="%s"><StudyEventData StudyEventOID="%s">
          <FormData FormOID="%s" TransactionType="Update">
            <AuditRecord><UserRef UserOID="U.BENCH"/><LocationRef LocationOID="L.BENCH"/>
              <DateTimeStamp>2026-03-01T10:00:00Z</DateTimeStamp>
              <ReasonForChange>Weighed again</ReasonForChange></AuditRecord>
            <ItemGroupData ItemGroupOID="IG.ANTHRO">
              <ItemData ItemOID="I.ANTHRO_WEIGHT_KG" Value="%s"/>
            </ItemGroupData>
          </FormData></StudyEventData></SubjectData>
        """
            .formatted(child.key(), EVENT, FORM, weight));
  }

  private static String readBack(ApiClient api, Child child) {
    Answer answer = api.getXml(TopitChildren.STUDY + "subjects/" + child.key() + "/clinicaldata");
    return answer.status() == 200 && answer.body().contains("I.ANTHRO_WEIGHT_KG")
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
