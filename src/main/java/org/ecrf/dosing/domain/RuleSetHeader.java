package org.ecrf.dosing.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Which dosing rule set an advice came from: its version, name, status and note (the {@code
 * DosingRuleSet} attributes and {@code Note} of the study definition). Every {@link DosingAdvice}
 * carries it so the page can name the version and say when the rules are provisional.
 *
 * @param version the rule set version, 1 or more; a released version is never edited
 * @param name a human-readable name, e.g. "TOPIT proactive TDM"
 * @param status whether the content is confirmed against the protocol
 * @param note free text shown with the advice; empty when there is none
 */
public record RuleSetHeader(int version, String name, RuleSetStatus status, String note) {

  public RuleSetHeader {
    if (version < 1) {
      throw new IllegalArgumentException(
          "Dosing rule set version must be 1 or more, was " + version);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Dosing rule set version " + version + " needs a name");
    }
    Objects.requireNonNull(status, () -> "Dosing rule set '" + name + "' needs a status");
    note = note == null ? "" : note.strip();
  }

  /** True when the advice must be shown as provisional (to be confirmed against the protocol). */
  public boolean provisional() {
    return status == RuleSetStatus.PROVISIONAL;
  }

  /**
   * The text a page shows next to provisional advice: the note, or a generic sentence when the note
   * is empty; empty for a released rule set.
   */
  public Optional<String> provisionalNotice() {
    if (!provisional()) {
      return Optional.empty();
    }
    return Optional.of(
        note.isEmpty() ? "Provisional dosing rules, to be confirmed against the protocol." : note);
  }

  /** "TOPIT proactive TDM v1", for messages and listings. */
  public String label() {
    return name + " v" + version;
  }
}
