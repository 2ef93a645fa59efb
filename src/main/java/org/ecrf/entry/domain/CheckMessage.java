package org.ecrf.entry.domain;

import java.util.Locale;
import java.util.Objects;
import org.ecrf.crf.domain.LocalizedText;

/**
 * One finding of the validation engine about an item, in every language the platform writes
 * (English and German for built-in texts; all languages of the definition for a RangeCheck's
 * ErrorMessage). The page shows it beside the item, an import answers with it per item.
 *
 * @param severity ERROR blocks saving, WARNING does not, INFO is a note
 * @param kind what the message is about
 * @param path the item (or instance) it concerns
 * @param text the message per language
 * @param confirmed for a soft-check warning: the user confirmed the value; it stays listed
 */
public record CheckMessage(
    Severity severity, CheckKind kind, ItemPath path, LocalizedText text, boolean confirmed) {

  public CheckMessage {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  static CheckMessage error(CheckKind kind, ItemPath path, LocalizedText text) {
    return new CheckMessage(Severity.ERROR, kind, path, text, false);
  }

  static CheckMessage warning(CheckKind kind, ItemPath path, LocalizedText text) {
    return new CheckMessage(Severity.WARNING, kind, path, text, false);
  }

  static CheckMessage info(CheckKind kind, ItemPath path, LocalizedText text) {
    return new CheckMessage(Severity.INFO, kind, path, text, false);
  }

  /** The text in a language, falling back to English. */
  public String text(Locale locale) {
    return text.text(locale);
  }

  /** True for an error: the form cannot be saved. */
  public boolean blocksSaving() {
    return severity == Severity.ERROR;
  }

  /** True for a soft range-check warning the user has not confirmed yet. */
  public boolean awaitsConfirmation() {
    return severity == Severity.WARNING && kind == CheckKind.RANGE && !confirmed;
  }

  /** Severity, path and English text, for logs and test failures. */
  @Override
  public String toString() {
    return severity + " " + kind + " " + path + ": " + text(Locale.ENGLISH);
  }
}
