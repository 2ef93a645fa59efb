package org.ecrf.bench;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecrf.bench.TopitStudyGenerator.Child;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;

/**
 * Resilience to a power cut: users save weights as fast as they can, each on a child of their own;
 * the launcher, the application server and the database are killed together with SIGKILL in the
 * middle; after a restart on the same data, every save that was acknowledged (answered 200) must be
 * in the audit trail in the order it was made, the stored value must be the trail's last one, and
 * the hash chain must verify ({@link SaveLedger}).
 */
final class KillDuringSaves {

  private final BenchSettings settings;
  private final URL server;

  KillDuringSaves(BenchSettings settings, URL server) {
    this.settings = settings;
    this.server = server;
  }

  SaveLedger.Outcome run(EcrfServer running, List<Child> children, int users, long loadMillis)
      throws Exception {
    SaveLedger ledger = new SaveLedger(LoadForm.TOPIT_WEIGHT);
    List<Child> used = children.subList(0, Math.min(users, children.size()));
    ledger.baseline(server, used.stream().map(Child::key).toList());
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    for (Child child : used) {
      pool.submit(() -> saveUntilStopped(child, ledger, stop));
    }
    Thread.sleep(loadMillis);
    running.killHard();
    stop.set(true);
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    try (EcrfServer restarted = EcrfServer.restart(settings)) {
      return ledger.check(server);
    }
  }

  private void saveUntilStopped(Child child, SaveLedger ledger, AtomicBoolean stop) {
    ApiClient api = ApiClient.asDemoUser(server, child.investigator());
    LoadForm form = ledger.form();
    for (int round = 1; !stop.get(); round++) {
      String weight = String.format(Locale.ROOT, "%.1f", 20 + round % 800 / 10.0);
      try {
        Answer answer =
            api.postXml(form.studyPath() + "clinicaldata", form.change(child.key(), weight));
        if (answer.status() == 200
            && answer.json().getJsonObject("counts").getInt("formsRefused") == 0) {
          ledger.acknowledged(child.key(), weight);
        } else {
          ledger.refused(child.key(), weight);
        }
      } catch (RuntimeException connectionLost) {
        return;
      }
    }
  }
}
