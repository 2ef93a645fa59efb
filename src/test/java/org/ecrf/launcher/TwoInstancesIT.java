package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.TopitChildren;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances on one database (issue 9), started as README's "Running a cluster" says: what one
 * instance stores the other reads; a page session begun on one goes on on the other; children
 * registered and randomised through both at once get distinct keys and list places in order, none
 * twice and none skipped; exports queued on both run one at a time; a study definition stored
 * through one is in force on the other; and the audit chain both wrote still verifies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  private static final String STUDY = TopitChildren.STUDY;
  private static final int CHILDREN = 20;

  private static Path directory;
  private static TwoInstances cluster;
  private static TopitChildren first;
  private static TopitChildren second;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    directory = TwoInstances.newDirectory();
    cluster = TwoInstances.start(directory);
    first = new TopitChildren(cluster.url(1));
    second = new TopitChildren(cluster.url(2));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      removeDatabaseFiles();
    }
  }

  @Test
  @Order(1)
  void formDataSavedThroughOneInstanceIsReadThroughTheOther() {
    String child = first.register("inv.pot", "POT", "UC");
    first.importOdm("inv.pot", TopitChildren.eligibility(List.of(child), "N", "Insert", null));

    assertThat(clinicalData(second, child))
        .contains("ItemOID=\"I.CONSENT_DATE\" Value=\"2026-01-05\"")
        .contains("ItemOID=\"I.EXCL_INFECTION\" Value=\"N\"");

    second.importOdm(
        "inv.pot", TopitChildren.eligibility(List.of(child), "Y", "Update", "Found on review"));

    assertThat(clinicalData(first, child)).contains("ItemOID=\"I.EXCL_INFECTION\" Value=\"Y\"");
  }

  @Test
  @Order(2)
  void aPageSessionBegunOnOneInstanceGoesOnOnTheOther() {
    URL one = cluster.url(1);
    URL two = cluster.url(2);
    BrowserSession browser = BrowserSession.signIn(one, "inv.pot", ApiClient.DEMO_PASSWORD);
    String list = browser.get(one, "subjects/list.xhtml?study=TOPIT").body();
    String page = "subjects/subject.xhtml?study=TOPIT&subject=POT-0002";

    HttpResponse<String> there = browser.get(two, page);
    assertThat(there.statusCode()).as(there.body()).isEqualTo(200);
    assertThat(there.body()).contains("Dr. Paul Pohl (demo)").contains("POT-0002");
    assertThat(new BrowserSession().get(two, page).headers().firstValue("Location"))
        .as("without the session cookie")
        .hasValueSatisfying(location -> assertThat(location).contains("login.xhtml"));

    HttpResponse<String> nextPage =
        browser.postAjax(two, "subjects/list.xhtml", pageOfSubjects(list));
    assertThat(nextPage.body())
        .as("the list opened on instance 1, paged on instance 2")
        .contains("<update id=\"subjects:table\">")
        .contains("POT-0001");
  }

  @Test
  @Order(3)
  void everyPagesStateTravelsBetweenTheInstances() {
    for (Map.Entry<String, List<String>> tour : ClusterPages.TOUR.entrySet()) {
      BrowserSession browser =
          BrowserSession.signIn(cluster.url(1), tour.getKey(), ApiClient.DEMO_PASSWORD);
      for (String page : tour.getValue()) {
        assertThat(browser.get(cluster.url(1), page).statusCode()).as(page).isEqualTo(200);
      }
      assertThat(browser.get(cluster.url(2), "index.xhtml").statusCode())
          .as(tour.getKey() + " on instance 2 after the pages on instance 1")
          .isEqualTo(200);
    }

    assertThat(ClusterPages.sessionFaults(cluster.log(1))).as("instance 1").isEmpty();
    assertThat(ClusterPages.sessionFaults(cluster.log(2))).as("instance 2").isEmpty();
  }

  @Test
  @Order(4)
  void childrenRegisteredAndRandomisedThroughBothAtOnceGetDistinctKeysAndListPlacesInOrder()
      throws Exception {
    List<String> children = atOnce(i -> node(i).register("inv.pot", "POT", "CD"));
    assertThat(children).doesNotHaveDuplicates();
    List<Integer> numbers =
        children.stream().map(key -> Integer.parseInt(key.substring(4))).sorted().toList();
    assertThat(numbers.get(CHILDREN - 1) - numbers.get(0))
        .as("keys issued without gaps: " + numbers)
        .isEqualTo(CHILDREN - 1);
    first.importOdm("inv.pot", TopitChildren.eligibility(children, "N", "Insert", null));

    List<Answer> allocations = atOnce(i -> node(i).randomise("inv.pot", children.get(i)));

    assertThat(allocations).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
    AllocationLedger slots = AllocationLedger.read(cluster);
    slots.requireEveryStratumTakenInOrderWithoutGaps();
    assertThat(slots.strataOf(children)).as("one stratum").hasSize(1);
    for (int i = 0; i < CHILDREN; i++) {
      assertThat(allocations.get(i).json().getString("arm"))
          .as(children.get(i))
          .isEqualTo(slots.armOf(children.get(i)));
    }
  }

  @Test
  @Order(6)
  void aStudyDefinitionStoredThroughOneInstanceIsInForceOnTheOther() throws Exception {
    String study = "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String definition =
        Files.readString(Path.of("crf-definitions", "TOPIT", "MDV.1.xml"))
            .replace("OID=\"TOPIT\"", "OID=\"" + study + "\"");

    Answer stored =
        first.api("admin").postXml("api/v1/definitions?fileName=" + study + ".xml", definition);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);

    Answer metadata =
        pollUntil(
            () -> second.api("sponsor").getXml("api/v1/studies/" + study + "/metadata"),
            answer -> answer.status() == 200);
    assertThat(metadata.body()).isEqualTo(definition);
  }

  @Test
  @Order(7)
  void theAuditChainBothInstancesWroteStillVerifies() {
    Answer verification = second.api("dm").get(STUDY + "audit/verify");

    assertThat(verification.status()).as(verification.body()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).as(verification.body()).isTrue();
    assertThat(verification.json().getInt("events")).isGreaterThan(100);
  }

  /** Calls until the answer satisfies the condition (or gives the last answer after 30 s). */
  private static <T> T pollUntil(Supplier<T> call, Predicate<T> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    T answer = call.get();
    while (!condition.test(answer) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      answer = call.get();
    }
    return answer;
  }

  private static TopitChildren node(int i) {
    return i % 2 == 0 ? first : second;
  }

  private static String clinicalData(TopitChildren instance, String child) {
    Answer answer = instance.api("inv.pot").getXml(STUDY + "subjects/" + child + "/clinicaldata");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  /** The PrimeFaces request for the first page of the subject table. */
  private static Map<String, String> pageOfSubjects(String list) {
    return Map.of(
        "jakarta.faces.partial.ajax", "true",
        "jakarta.faces.source", "subjects:table",
        "jakarta.faces.partial.execute", "subjects:table",
        "jakarta.faces.partial.render", "subjects:table",
        "subjects:table_pagination", "true",
        "subjects:table_first", "0",
        "subjects:table_rows", "50",
        "subjects", "subjects",
        "jakarta.faces.ViewState", BrowserSession.viewState(list));
  }

  /** Calls {@code call(i)} for i below {@link #CHILDREN}, all at once; answers in order of i. */
  private static <T> List<T> atOnce(IndexedCall<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CHILDREN);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < CHILDREN; i++) {
        int index = i;
        Callable<T> task =
            () -> {
              go.await();
              return call.call(index);
            };
        futures.add(pool.submit(task));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface IndexedCall<T> {
    T call(int index) throws Exception;
  }

  /** The embedded database's files (some 600 MB) go; the logs stay for reading. */
  private static void removeDatabaseFiles() throws IOException {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.toString().endsWith(".log") && !path.equals(directory)) {
          try {
            Files.deleteIfExists(path);
          } catch (DirectoryNotEmptyException e) {
            // a directory that still holds logs
          }
        }
      }
    }
  }
}
