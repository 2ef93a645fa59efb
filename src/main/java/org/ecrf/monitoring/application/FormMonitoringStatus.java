package org.ecrf.monitoring.application;

import java.time.Instant;
import java.util.List;

/**
 * A form's monitoring state as the API and pages show it.
 *
 * @param status IN_PROGRESS ... LOCKED, or NOT_STARTED for a form without data
 * @param sdvPending the item OIDs still awaiting SDV (each once, in form order)
 * @param sdvPendingItems the same as item paths ({@code IG.AE[2]/I.AE_TERM}), one per row
 * @param signed whether a valid (not voided) signature covers the form
 * @param signature the valid signature, or {@code null}
 * @param openQueries the queries on the form or its items that are not closed
 * @param version the form's version (-1 when not started)
 * @param scopeLock the widest freeze or lock of the subject, its site or the study that holds for
 *     the form (no save is taken while it holds), or {@code null}
 */
public record FormMonitoringStatus(
    String status,
    List<String> sdvPending,
    List<String> sdvPendingItems,
    boolean signed,
    Signature signature,
    int openQueries,
    int version,
    ScopeLockView scopeLock) {

  /**
   * A signature as shown: printed name, user name, time (UTC) and meaning.
   *
   * @param signerName the signer's name as printed
   * @param signedBy the signer's user name
   * @param signedAt when, UTC
   * @param meaning what the signer confirmed
   * @param scope FORM, VISIT or CASEBOOK: what the one password entry signed
   * @param scopeEvent the visit signed as a whole (scope VISIT), else {@code null}
   * @param formVersion the form version the signature covers
   */
  public record Signature(
      String signerName,
      String signedBy,
      Instant signedAt,
      String meaning,
      String scope,
      String scopeEvent,
      int formVersion) {}
}
