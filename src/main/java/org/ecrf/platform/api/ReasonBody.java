package org.ecrf.platform.api;

/**
 * The body of a request that changes a status and must say why ({@code {"reason": "..."}}): a
 * screening failure, a missed visit, a mark taken back. The service checks the reason; a missing
 * body gives a null reason, which it refuses like a blank one.
 */
public record ReasonBody(String reason) {

  /** The reason of a body that may be missing altogether. */
  public static String of(ReasonBody body) {
    return body == null ? null : body.reason();
  }
}
