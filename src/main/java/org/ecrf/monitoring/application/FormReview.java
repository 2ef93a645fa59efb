package org.ecrf.monitoring.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.FormLifecycle;
import org.ecrf.monitoring.domain.QueryRules;
import org.ecrf.monitoring.domain.QueryStatus;
import org.ecrf.security.domain.Role;

/**
 * Everything the monitoring panel of a form page shows to one caller: the form's status, its latest
 * signature (valid or voided), the items its SDV plan names with their marks, the queries on the
 * form, its items and its visit, and the caller's roles at the subject's site (which decide the
 * actions offered). Items the caller is blinded to for the subject are left out everywhere; no item
 * value is shown.
 *
 * @param status NOT_STARTED, or the form's {@link FormStatus} name
 * @param signature the latest signature, or {@code null} when the form was never signed
 * @param sdvItems the items the SDV plan names, in form order
 * @param queries the queries, unresolved first, then closed, each oldest first
 * @param itemChoices the items a query may be raised on, in form order
 * @param roles the caller's roles at the subject's site
 * @param siteZone the site's time zone, for local times
 * @param scopeLock the widest freeze or lock of the subject, its site or the study, or {@code null}
 */
public record FormReview(
    String status,
    SignatureLine signature,
    List<SdvItem> sdvItems,
    List<QueryView> queries,
    List<ItemChoice> itemChoices,
    Set<Role> roles,
    ZoneId siteZone,
    ScopeLockView scopeLock)
    implements Serializable {

  public FormReview {
    sdvItems = List.copyOf(sdvItems);
    queries = List.copyOf(queries);
    itemChoices = List.copyOf(itemChoices);
    roles = Set.copyOf(roles);
  }

  public boolean started() {
    return !"NOT_STARTED".equals(status);
  }

  /**
   * True when the caller is offered the move of the form to {@code target} (a status name); a form
   * under a scope lock is not reopened on its own.
   */
  public boolean offers(String target) {
    return started()
        && !(scopeLock != null && FormStatus.IN_PROGRESS.name().equals(target))
        && FormLifecycle.offers(FormStatus.valueOf(status), FormStatus.valueOf(target), roles);
  }

  /** True when the caller signs here, so is offered to sign the form's visit or the casebook. */
  public boolean maySignScope() {
    return started() && roles.contains(Role.INVESTIGATOR);
  }

  /** True when the caller verifies source data here and something is left to verify. */
  public boolean mayVerify() {
    return started()
        && roles.contains(Role.MONITOR)
        && FormStatus.valueOf(status).acceptsChanges()
        && sdvPending() > 0;
  }

  public boolean mayRaise() {
    return QueryRules.mayRaise(roles);
  }

  /** True when the caller may give the query the status {@code target} (a status name). */
  public boolean mayMove(QueryView query, String target) {
    return QueryRules.decide(
            QueryStatus.valueOf(query.status()), QueryStatus.valueOf(target), roles)
        .isAllowed();
  }

  public long sdvPending() {
    return sdvItems.stream().filter(item -> !item.verified()).count();
  }

  public long unresolvedQueries() {
    return queries.stream().filter(query -> !"CLOSED".equals(query.status())).count();
  }

  /**
   * A form's latest signature.
   *
   * @param signerName the name as printed
   * @param signedBy the user name
   * @param signedAt when, UTC
   * @param meaning what the signer confirmed
   * @param voidedAt when it was voided, or {@code null} while it is valid
   * @param voidReason why it was voided
   * @param scope FORM, VISIT or CASEBOOK: what the one password entry signed
   * @param scopeEvent the visit signed as a whole (scope VISIT), else {@code null}
   */
  public record SignatureLine(
      String signerName,
      String signedBy,
      Instant signedAt,
      String meaning,
      Instant voidedAt,
      String voidReason,
      String scope,
      String scopeEvent)
      implements Serializable {

    public boolean voided() {
      return voidedAt != null;
    }
  }

  /**
   * An item the SDV plan names.
   *
   * @param itemOid the item
   * @param label its question in the page's language
   * @param row its row for a repeating section, else {@code null}
   * @param verified whether a current mark covers the stored value
   * @param verifiedBy who verified it, or {@code null}
   * @param verifiedAt when, or {@code null}
   */
  public record SdvItem(
      String itemOid,
      String label,
      Integer row,
      boolean verified,
      String verifiedBy,
      Instant verifiedAt)
      implements Serializable {}

  /**
   * An item a query may be raised on.
   *
   * @param key {@code itemGroupOid|row|itemOid}
   * @param label its question, with the row for a repeating section
   */
  public record ItemChoice(String key, String label) implements Serializable {}
}
