package org.ecrf.subject.application;

import java.util.Locale;
import java.util.Optional;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.SubjectStatus;

/**
 * Which subjects the subject matrix shows: part of the key, a status, a diagnosis, a site (always
 * narrowed further to the caller's sites). An empty part filters nothing.
 *
 * @param keyFragment upper-case letters, digits and hyphens the subject key must contain; empty for
 *     any key
 */
public record SubjectFilter(
    String keyFragment,
    Optional<SubjectStatus> status,
    Optional<Diagnosis> diagnosis,
    Optional<String> siteCode) {

  public static final SubjectFilter NONE =
      new SubjectFilter("", Optional.empty(), Optional.empty(), Optional.empty());

  public SubjectFilter {
    keyFragment = keyFragment == null ? "" : keyFragment;
    if (!keyFragment.matches("[A-Z0-9-]*")) {
      throw new IllegalArgumentException(
          "A key fragment has upper-case letters, digits and hyphens only, not '"
              + keyFragment
              + "'");
    }
  }

  /**
   * Reads the filter as a page sends it. The key text is upper-cased and stripped of anything that
   * cannot be part of a subject key (so {@code pot 7%} looks for {@code POT7}); blank parts filter
   * nothing.
   *
   * @throws InvalidInputException naming the field whose value is not a status or a diagnosis
   */
  public static SubjectFilter parse(String key, String status, String diagnosis, String site) {
    String fragment = key == null ? "" : key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
    return new SubjectFilter(
        fragment,
        blankToEmpty(status).map(text -> parseEnum(SubjectStatus.class, "status", text)),
        blankToEmpty(diagnosis).map(text -> parseEnum(Diagnosis.class, "diagnosis", text)),
        blankToEmpty(site).map(text -> text.trim().toUpperCase(Locale.ROOT)));
  }

  private static Optional<String> blankToEmpty(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "The subject matrix cannot filter by " + field + " '" + text + "'");
    }
  }
}
