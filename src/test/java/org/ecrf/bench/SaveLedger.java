package org.ecrf.bench;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;

/**
 * The saves of a resilience check, per subject in the order they were made: those the platform
 * acknowledged (answered 200 with the form stored) and those it refused with an answer. The check
 * reads each subject's audit trail of the item from where it stood when the check began: every
 * acknowledged value must be in it in the order it was saved, the stored value must be the trail's
 * last one, and the audit hash chain must verify; refused values found in it anyway are counted.
 * The resilience checks (kill -9, connection loss) share it.
 */
final class SaveLedger {

  /**
   * What the check found.
   *
   * @param acknowledged saves acknowledged
   * @param missing of which not found in the trail in their order
   * @param storedMismatches subjects whose stored value is not the trail's last
   * @param refused saves refused with an answer
   * @param refusedButStored of which found in the trail all the same
   * @param chainValid whether the audit hash chain verifies
   */
  record Outcome(
      int acknowledged,
      int missing,
      int storedMismatches,
      int refused,
      int refusedButStored,
      boolean chainValid) {

    boolean passed() {
      return missing == 0 && storedMismatches == 0 && chainValid;
    }
  }

  private final LoadForm form;
  private final Map<String, Integer> baseline = new ConcurrentHashMap<>();
  private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
  private final Map<String, List<String>> refused = new ConcurrentHashMap<>();

  SaveLedger(LoadForm form) {
    this.form = form;
  }

  LoadForm form() {
    return form;
  }

  /**
   * Notes how long each subject's trail is before the saves begin, so that values saved by earlier
   * phases of the benchmark are not taken for this one's.
   */
  void baseline(URL server, Collection<String> subjectKeys) {
    ApiClient dm = ApiClient.asDemoUser(server, "dm");
    subjectKeys.forEach(key -> baseline.put(key, trail(dm, key).size()));
  }

  /** Records that the platform acknowledged saving the value for the subject. */
  void acknowledged(String subjectKey, String value) {
    acknowledged.computeIfAbsent(subjectKey, key -> new CopyOnWriteArrayList<>()).add(value);
  }

  /** Records that the platform answered a save of the value with a refusal. */
  void refused(String subjectKey, String value) {
    refused.computeIfAbsent(subjectKey, key -> new CopyOnWriteArrayList<>()).add(value);
  }

  /** Reads the trails and the stored values back as the data manager and checks them. */
  Outcome check(URL server) {
    ApiClient dm = ApiClient.asDemoUser(server, "dm");
    int total = 0;
    int missing = 0;
    int mismatches = 0;
    int refusals = 0;
    int refusedButStored = 0;
    Set<String> subjects = new TreeSet<>(acknowledged.keySet());
    subjects.addAll(refused.keySet());
    for (String subject : subjects) {
      List<String> whole = trail(dm, subject);
      List<String> trail =
          whole.subList(Math.min(whole.size(), baseline.getOrDefault(subject, 0)), whole.size());
      List<String> acked = acknowledged.getOrDefault(subject, List.of());
      total += acked.size();
      missing += acked.size() - inOrderPrefixMatch(acked, trail);
      List<String> refusedValues = refused.getOrDefault(subject, List.of());
      refusals += refusedValues.size();
      refusedButStored += foundIn(refusedValues, trail);
      String stored = stored(dm, subject);
      if (!whole.isEmpty()
          && (stored.isEmpty()
              || !canonical(whole.get(whole.size() - 1)).equals(canonical(stored)))) {
        mismatches++;
      }
    }
    Answer verification = dm.get(form.studyPath() + "audit/verify");
    boolean valid = verification.status() == 200 && verification.json().getBoolean("valid");
    return new Outcome(total, missing, mismatches, refusals, refusedButStored, valid);
  }

  /** How many of the values appear anywhere in the trail. */
  static int foundIn(List<String> values, List<String> trail) {
    Set<String> inTrail = new HashSet<>();
    trail.forEach(value -> inTrail.add(canonical(value)));
    return (int) values.stream().filter(value -> inTrail.contains(canonical(value))).count();
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
    return new BigDecimal(number.strip()).stripTrailingZeros().toPlainString();
  }

  /** The new values of the item in the audit trail, oldest first. */
  private List<String> trail(ApiClient dm, String subjectKey) {
    List<String> trail = new ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      JsonObject page =
          dm.get(
                  form.studyPath()
                      + "audit/events?subject="
                      + subjectKey
                      + "&event="
                      + form.event()
                      + "&item="
                      + form.item()
                      + "&limit=500&offset="
                      + offset)
              .json();
      var events = page.getJsonArray("events");
      for (int i = 0; i < events.size(); i++) {
        JsonObject event = events.getJsonObject(i);
        if (!event.isNull("newValue")) {
          trail.add(event.getString("newValue"));
        }
      }
      if (offset + events.size() >= page.getInt("total")) {
        break;
      }
    }
    Collections.reverse(trail);
    return trail;
  }

  private String stored(ApiClient dm, String subjectKey) {
    String odm = dm.getXml(form.studyPath() + "subjects/" + subjectKey + "/clinicaldata").body();
    String itemStart = "ItemOID=\"" + form.item() + "\" Value=\"";
    int event = odm.indexOf("StudyEventOID=\"" + form.event() + "\"");
    int item = odm.indexOf(itemStart, event);
    if (event < 0 || item < 0) {
      return "";
    }
    int start = item + itemStart.length();
    return odm.substring(start, odm.indexOf('"', start));
  }
}
