package org.ecrf.monitoring.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ecrf.security.domain.Role;

/**
 * Who may add a message to a data query and which status the message may give it. The site
 * (investigator, study nurse) answers; the reviewers (monitor, data manager) raise, close and
 * re-open; both may add a message that leaves the status as it is, except on a closed query, which
 * must be re-opened first. Sponsors and administrators take no part.
 */
public final class QueryRules {

  private static final Set<Role> SITE = EnumSet.of(Role.INVESTIGATOR, Role.NURSE);
  private static final Set<Role> REVIEWERS = EnumSet.of(Role.MONITOR, Role.DATA_MANAGER);
  private static final Set<Role> EVERYONE =
      EnumSet.of(Role.INVESTIGATOR, Role.NURSE, Role.MONITOR, Role.DATA_MANAGER);

  private static final Map<QueryStatus, Map<QueryStatus, Set<Role>>> MOVES =
      Map.of(
          QueryStatus.OPEN,
          Map.of(
              QueryStatus.OPEN, EVERYONE,
              QueryStatus.ANSWERED, SITE,
              QueryStatus.CLOSED, REVIEWERS),
          QueryStatus.ANSWERED,
          Map.of(
              QueryStatus.ANSWERED, EVERYONE,
              QueryStatus.OPEN, REVIEWERS,
              QueryStatus.CLOSED, REVIEWERS),
          QueryStatus.CLOSED,
          Map.of(QueryStatus.OPEN, REVIEWERS));

  private QueryRules() {}

  /** Whether a caller with {@code roles} (at the subject's site) may raise a query by hand. */
  public static boolean mayRaise(Set<Role> roles) {
    return roles.stream().anyMatch(REVIEWERS::contains);
  }

  /**
   * Whether a message by a caller with {@code roles} may move a query from {@code current} to
   * {@code requested} (the same status for a plain message).
   */
  public static TransitionDecision decide(
      QueryStatus current, QueryStatus requested, Set<Role> roles) {
    Set<Role> allowed = MOVES.get(current).get(requested);
    if (allowed == null) {
      return TransitionDecision.conflict(
          current == QueryStatus.CLOSED
              ? "The query is closed; a monitor or data manager re-opens it before it takes"
                  + " another message."
              : "A query that is " + label(current) + " cannot become " + label(requested) + ".");
    }
    if (roles.stream().noneMatch(allowed::contains)) {
      return TransitionDecision.notPermitted(refusal(current, requested));
    }
    return TransitionDecision.allowed();
  }

  private static String refusal(QueryStatus current, QueryStatus requested) {
    if (requested == QueryStatus.ANSWERED && current == QueryStatus.OPEN) {
      return "Only the subject's site (investigator or study nurse) answers a query.";
    }
    if (requested == QueryStatus.CLOSED) {
      return "Only a monitor or data manager closes a query.";
    }
    if (requested == QueryStatus.OPEN && current != QueryStatus.OPEN) {
      return "Only a monitor or data manager re-opens a query.";
    }
    return "Your roles take no part in queries of this site.";
  }

  private static String label(QueryStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
