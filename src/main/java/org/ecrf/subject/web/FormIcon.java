package org.ecrf.subject.web;

import java.io.Serializable;
import java.util.List;

/**
 * A form of a visit in the subject matrix: its name, its status ({@code NOT_STARTED} or a form
 * status), and the query of its entry page. The status shows as the colour of the subject page's
 * chips and, for readers who cannot tell the colours apart, as a glyph of its own.
 *
 * @param entryQuery the URL-encoded query of {@code entry/form.xhtml} that opens the form
 */
public record FormIcon(String formOid, String name, String status, String entryQuery)
    implements Serializable {

  public static final String NOT_STARTED = "NOT_STARTED";

  /** Every status the matrix shows, in the order of a form's course, for the legend. */
  public static final List<String> STATUSES =
      List.of(NOT_STARTED, "IN_PROGRESS", "COMPLETE", "VERIFIED", "SIGNED", "FROZEN", "LOCKED");

  /** The PrimeIcons glyph of a status; none for a form not started (an empty box). */
  public static String glyphOf(String status) {
    return switch (status) {
      case "IN_PROGRESS" -> "pi pi-pencil";
      case "COMPLETE" -> "pi pi-check";
      case "VERIFIED" -> "pi pi-check-circle";
      case "SIGNED" -> "pi pi-verified";
      case "FROZEN", "LOCKED" -> "pi pi-lock";
      default -> "";
    };
  }

  public String glyph() {
    return glyphOf(status);
  }
}
