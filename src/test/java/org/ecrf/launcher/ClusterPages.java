package org.ecrf.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages whose view state a cluster must carry from one instance to the other (every page with a
 * view-scoped bean, by a user who may open it), and the server log lines that say it could not.
 */
final class ClusterPages {

  /** Per user, the pages opened on one instance before the session goes to the other. */
  static final Map<String, List<String>> TOUR = tour();

  /** What Payara logs when a session attribute cannot be written to or read from the data grid. */
  private static final Pattern SESSION_FAULT =
      Pattern.compile("(?i)cannot (de)?serialize|NotSerializableException|InvalidClassException");

  private ClusterPages() {}

  private static Map<String, List<String>> tour() {
    String child = "study=TOPIT&subject=POT-0002";
    Map<String, List<String>> tour = new LinkedHashMap<>();
    tour.put(
        "inv.pot",
        List.of(
            "subjects/list.xhtml?study=TOPIT",
            "subjects/matrix.xhtml?study=TOPIT",
            "subjects/subject.xhtml?" + child,
            "entry/form.xhtml?" + child + "&event=SE.WEEK0&form=F.PCDAI",
            "studies/definition.xhtml?study=TOPIT",
            "monitoring/queries.xhtml?study=TOPIT",
            "audit/history.xhtml?" + child));
    tour.put("monitor", List.of("monitoring/sdv.xhtml?study=TOPIT"));
    tour.put(
        "dm",
        List.of(
            "export/exports.xhtml?study=TOPIT",
            "monitoring/dashboard.xhtml?study=TOPIT",
            "dosing/dry-run.xhtml?study=TOPIT",
            "admin/definitions.xhtml"));
    tour.put(
        "admin",
        List.of("admin/users.xhtml", "admin/user.xhtml?username=monitor", "admin/sites.xhtml"));
    return tour;
  }

  /** The lines of a server log that report a session that could not be shared. */
  static List<String> sessionFaults(String log) {
    return log.lines().filter(line -> SESSION_FAULT.matcher(line).find()).toList();
  }
}
