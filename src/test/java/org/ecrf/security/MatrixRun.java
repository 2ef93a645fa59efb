package org.ecrf.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecrf.security.MatrixCell.Outcome;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.PageSession;

/**
 * Calls every line of the table as every caller, for each site where the line is about one. API
 * calls run one after the other in the table's order (calls change state, and the audit events
 * between two looks belong to the call in between); each caller has one API client and one page
 * session for the whole run. Pages only read, so each caller walks them on a thread of its own, and
 * the audit trail must not grow at all meanwhile.
 */
final class MatrixRun {

  private static final int EXCERPT = 200;

  private final Map<MatrixCaller, ApiClient> clients = new EnumMap<>(MatrixCaller.class);
  private final Map<MatrixCaller, PageSession> sessions = new EnumMap<>(MatrixCaller.class);
  private final MatrixFixture fixture;
  private final String runId;
  private final AtomicInteger calls = new AtomicInteger();

  MatrixRun(URL deployment, MatrixFixture fixture, String runId) {
    this.fixture = fixture;
    this.runId = runId;
    for (MatrixCaller caller : MatrixCaller.values()) {
      clients.put(
          caller,
          caller.isAnonymous()
              ? ApiClient.anonymous(deployment)
              : ApiClient.asDemoUser(deployment, caller.username()));
      sessions.put(
          caller,
          caller.isAnonymous()
              ? PageSession.anonymous(deployment)
              : PageSession.signIn(deployment, caller.username(), ApiClient.DEMO_PASSWORD));
    }
  }

  /** Every API line as every caller, with the audit events each call caused. */
  List<MatrixCell> api(List<AccessRule> rules, AuditWatch audit) {
    audit.newEvents();
    List<MatrixCell> cells = new ArrayList<>();
    for (AccessRule rule : rules) {
      for (String site : sitesOf(rule)) {
        Map<String, String> variables = fixture.variables(site);
        for (MatrixCaller caller : MatrixCaller.values()) {
          Outcome outcome = callApi(caller, rule, variables);
          cells.add(MatrixCell.of(rule, site, caller, outcome, audit.newEvents()));
        }
      }
    }
    return cells;
  }

  /** Every page line as every caller, the callers in parallel. */
  List<MatrixCell> pages(List<AccessRule> rules) {
    ExecutorService workers = Executors.newFixedThreadPool(MatrixCaller.values().length);
    try {
      List<Future<List<MatrixCell>>> perCaller = new ArrayList<>();
      for (MatrixCaller caller : MatrixCaller.values()) {
        perCaller.add(workers.submit(() -> pagesAs(caller, rules)));
      }
      List<MatrixCell> cells = new ArrayList<>();
      for (Future<List<MatrixCell>> future : perCaller) {
        cells.addAll(future.get());
      }
      return cells;
    } catch (ExecutionException e) {
      throw new IllegalStateException("A page call failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      workers.shutdownNow();
    }
  }

  private List<MatrixCell> pagesAs(MatrixCaller caller, List<AccessRule> rules) {
    List<MatrixCell> cells = new ArrayList<>();
    for (AccessRule rule : rules) {
      for (String site : sitesOf(rule)) {
        String path = MatrixBodies.fill(rule.call(), fixture.variables(site));
        long started = System.nanoTime();
        HttpResponse<String> response = sessions.get(caller).get(path);
        long millis = (System.nanoTime() - started) / 1_000_000;
        boolean toLogin =
            response.previousResponse().isPresent()
                && response.uri().getPath().endsWith("/login.xhtml");
        int status = response.statusCode();
        Outcome outcome =
            new Outcome(
                toLogin ? "login" : String.valueOf(status),
                !toLogin && status / 100 == 2,
                path,
                "",
                millis);
        cells.add(MatrixCell.of(rule, site, caller, outcome, List.of()));
      }
    }
    return cells;
  }

  private static List<String> sitesOf(AccessRule rule) {
    List<String> sites = new ArrayList<>();
    if (rule.siteVariant()) {
      sites.addAll(MatrixCaller.SITES);
    } else {
      sites.add(null);
    }
    return sites;
  }

  private Outcome callApi(MatrixCaller caller, AccessRule rule, Map<String, String> variables) {
    Map<String, String> values = new HashMap<>(variables);
    values.put("unique", runId + "-" + calls.incrementAndGet());
    String path = MatrixBodies.fill(rule.call(), values);
    String body =
        rule.body().equals("-")
            ? ""
            : MatrixBodies.fill(MatrixBodies.template(rule.body()), values);
    ApiClient client = clients.get(caller);
    long started = System.nanoTime();
    Answer answer;
    try {
      answer = send(client, rule, path, body);
    } catch (UncheckedIOException e) {
      return new Outcome("no-answer", false, path, String.valueOf(e.getCause()), 0);
    }
    if (answer.status() == 202 && answer.body().startsWith("{")) {
      MatrixFixture.awaitJob(client, path + "/" + answer.json().getJsonNumber("id").longValue());
    }
    boolean nothingStored = answer.status() == 200 && importStoredNothing(answer.body());
    return new Outcome(
        nothingStored ? "200:nothing-stored" : String.valueOf(answer.status()),
        answer.status() / 100 == 2 && !nothingStored,
        path,
        excerpt(answer.body()),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static Answer send(ApiClient client, AccessRule rule, String path, String body) {
    String consumes = rule.endpoint().consumes();
    String type = consumes.equals("*/*") ? "application/xml" : consumes;
    return switch (rule.endpoint().method()) {
      case "GET" -> client.getWithAccept(path, "*/*");
      case "DELETE" -> client.delete(path);
      case "POST" ->
          consumes.equals("-") ? client.post(path, "") : client.postWithType(path, body, type);
      case "PUT" -> {
        if (!consumes.equals("application/json")) {
          throw new IllegalStateException("line " + rule.line() + ": PUT sends JSON only");
        }
        yield client.put(path, body);
      }
      default ->
          throw new IllegalStateException(
              "line " + rule.line() + ": no call for " + rule.endpoint().method());
    };
  }

  /** An ODM import answered 200 that stored no form and left none unchanged: all refused. */
  private static boolean importStoredNothing(String body) {
    if (!body.startsWith("{") || !body.contains("\"formsRefused\"")) {
      return false;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject counts = reader.readObject().getJsonObject("counts");
      return counts != null
          && counts.getInt("formsStored", 0) == 0
          && counts.getInt("formsUnchanged", 0) == 0;
    }
  }

  private static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "...";
  }
}
