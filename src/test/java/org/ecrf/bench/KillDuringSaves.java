package org.ecrf.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecrf.bench.TopitStudyGenerator.Child;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.TopitChildren;

/**
 * Resilience to a power cut: users save weights as fast as they can, each on a child of their own;
 * the launcher, the application server and the database are killed together with SIGKILL in the
 * middle; after a restart on the same data, every save that was acknowledged (answered 200) must be
 * in the audit trail in the order it was made, the stored value must be the trail's last one, and
 * the hash chain must verify.
 */
final class KillDuringSaves {

  /** What the check found. */
  record Outcome(int acknowledged, int missing, int storedMismatches, boolean chainValid) {

    boolean passed() {
      return missing == 0 && storedMismatches == 0 && chainValid;
    }
  }

  private final BenchSettings settings;
  private final URL server;

  KillDuringSaves(BenchSettings settings, URL server) {
    this.settings = settings;
    this.server = server;
  }

  Outcome run(EcrfServer running, List<Child> children, int users, long loadMillis)
      throws Exception {
    ConcurrentHashMap<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Child> used = children.subList(0, Math.min(users, children.size()));
    for (Child child : used) {
      List<String> values = new CopyOnWriteArrayList<>();
      acknowledged.put(child.key(), values);
      pool.submit(() -> saveUntilStopped(child, values, stop));
    }
    Thread.sleep(loadMillis);
    running.killHard();
    stop.set(true);
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    try (EcrfServer restarted = EcrfServer.restart(settings)) {
      return check(acknowledged);
    }
  }

  private void saveUntilStopped(Child child, List<String> values, AtomicBoolean stop) {
    ApiClient api = ApiClient.asDemoUser(server, child.investigator());
    for (int round = 1; !stop.get(); round++) {
      String weight = String.format(Locale.ROOT, "%.1f", 20 + round % 800 / 10.0);
      try {
        Answer answer =
            api.postXml(TopitChildren.STUDY + "clinicaldata", LoadRun.weightChange(child, weight));
        if (answer.status() == 200
            && answer.json().getJsonObject("counts").getInt("formsRefused") == 0) {
          values.add(weight);
        }
      } catch (RuntimeException connectionLost) {
        return;
      }
    }
  }

  private Outcome check(ConcurrentHashMap<String, List<String>> acknowledged) {
    ApiClient dm = ApiClient.asDemoUser(server, "dm");
    int total = 0;
    int missing = 0;
    int mismatches = 0;
    for (var entry : acknowledged.entrySet()) {
      List<String> trail = weightTrail(dm, entry.getKey());
      List<String> acked = entry.getValue();
      total += acked.size();
      missing += acked.size() - inOrderPrefixMatch(acked, trail);
      String stored = storedWeight(dm, entry.getKey());
      if (!trail.isEmpty() && !canonical(trail.get(trail.size() - 1)).equals(canonical(stored))) {
        mismatches++;
      }
    }
    Answer verification = dm.get(TopitChildren.STUDY + "audit/verify");
    boolean valid = verification.status() == 200 && verification.json().getBoolean("valid");
    return new Outcome(total, missing, mismatches, valid);
  }

  /** How many of the acknowledged values appear in the trail in their order (a subsequence). */
  static int inOrderPrefixMatch(List<String> acknowledged, List<String> trail) {
    int found = 0;
    int at = 0;
    for (String value : acknowledged) {
      while (at < trail.size() && !canonical(trail.get(at)).equals(canonical(value))) {
        at++;
      }
      if (at == trail.size()) {
        break;
      }
      found++;
      at++;
    }
    return found;
  }

  /**
   * A decimal without trailing zeros and without the unit the audit trail adds ("35.5 [MU.KG]").
   */
  static String canonical(String value) {
    int unit = value.indexOf(" [");
    String number = unit < 0 ? value : value.substring(0, unit);
    return new java.math.BigDecimal(number.strip()).stripTrailingZeros().toPlainString();
  }

  /** The new values of the week-2 weight in the audit trail, oldest first. */
  private static List<String> weightTrail(ApiClient dm, String subjectKey) {
    List<String> values = new ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      JsonObject page =
          dm.get(
                  TopitChildren.STUDY
                      + "audit/events?subject="
                      + subjectKey
                      + "&event="
                      + LoadRun.EVENT
                      + "&item=I.ANTHRO_WEIGHT_KG&limit=500&offset="
                      + offset)
              .json();
      var events = page.getJsonArray("events");
      for (int i = 0; i < events.size(); i++) {
        JsonObject event = events.getJsonObject(i);
        if (!event.isNull("newValue")) {
          values.add(event.getString("newValue"));
        }
      }
      if (offset + events.size() >= page.getInt("total")) {
        break;
      }
    }
    java.util.Collections.reverse(values);
    return values;
  }

  private static String storedWeight(ApiClient dm, String subjectKey) {
    String odm = dm.getXml(TopitChildren.STUDY + "subjects/" + subjectKey + "/clinicaldata").body();
    int event = odm.indexOf("StudyEventOID=\"" + LoadRun.EVENT + "\"");
    int item = odm.indexOf("ItemOID=\"I.ANTHRO_WEIGHT_KG\" Value=\"", event);
    int start = item + "ItemOID=\"I.ANTHRO_WEIGHT_KG\" Value=\"".length();
    return odm.substring(start, odm.indexOf('"', start));
  }
}
