package org.ecrf.monitoring.application;

import java.util.List;

/**
 * What a signing of a whole visit or casebook did, or why it did nothing.
 *
 * @param scope VISIT or CASEBOOK
 * @param event the visit signed (VISIT), else {@code null}
 * @param signed the forms signed now, each with the version its signature covers
 * @param alreadySigned forms in the scope that carried a valid signature already (left as they are)
 * @param blocked the forms that are not ready, each with its reason; when any, nothing was signed
 * @param message what was signed, or why nothing was
 */
public record ScopeSignatureResult(
    String scope,
    String event,
    String message,
    List<SignedForm> signed,
    List<SignedForm> alreadySigned,
    List<BlockingForm> blocked) {

  public ScopeSignatureResult {
    signed = List.copyOf(signed);
    alreadySigned = List.copyOf(alreadySigned);
    blocked = List.copyOf(blocked);
  }

  /** True when nothing was signed because a form is not ready, or nothing is stored. */
  public boolean refused() {
    return signed.isEmpty();
  }

  /**
   * A form of the scope.
   *
   * @param version the form version its signature covers (-1 for a form not signed)
   */
  public record SignedForm(String event, int eventRepeat, String form, int version) {}

  /** A form that keeps the scope from being signed, and why. */
  public record BlockingForm(
      String event, int eventRepeat, String form, String status, String reason) {}
}
