package org.ecrf.subject.domain;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The study subject key (ODM SubjectKey, SDTM USUBJID part): the site code, a hyphen and the
 * subject's sequence number at that site with at least four digits, e.g. {@code POT-0007}.
 * Sequences above 9999 keep all their digits ({@code POT-12345}). It identifies the child without
 * any direct identifier.
 *
 * <p>Site codes follow the site rule: an upper-case letter, then 1 to 15 upper-case letters or
 * digits (the same rule as {@code org.ecrf.site.domain.Site.CODE}); they never contain a hyphen, so
 * the key splits unambiguously.
 *
 * @param siteCode e.g. {@code POT}
 * @param sequence 1 or more (up to 999,999,999 when parsed)
 */
public record SubjectKey(String siteCode, int sequence) implements Comparable<SubjectKey> {

  public static final String FIELD = "subjectKey";
  public static final String SITE_FIELD = "site";

  private static final Pattern SITE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
  private static final Pattern KEY = Pattern.compile("([A-Z][A-Z0-9]{1,15})-([0-9]{4,9})");
  private static final Comparator<SubjectKey> ORDER =
      Comparator.comparing(SubjectKey::siteCode).thenComparingInt(SubjectKey::sequence);

  public SubjectKey {
    Objects.requireNonNull(siteCode, "siteCode");
    if (!SITE_CODE.matcher(siteCode).matches()) {
      throw invalidSiteCode(siteCode);
    }
    if (sequence < 1) {
      throw new SubjectInputException(
          FIELD, "The sequence of a subject key starts at 1, not " + sequence);
    }
  }

  /**
   * A site code as typed, trimmed and in upper case, checked against the site rule.
   *
   * @throws SubjectInputException (field {@code site}) when it breaks the rule
   */
  public static String checkedSiteCode(String code) {
    String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    if (!SITE_CODE.matcher(normalised).matches()) {
      throw invalidSiteCode(code);
    }
    return normalised;
  }

  /**
   * Reads a key in its canonical form, e.g. {@code POT-0007}.
   *
   * @throws SubjectInputException (field {@code subjectKey}) saying what is wrong
   */
  public static SubjectKey parse(String text) {
    Matcher matcher = KEY.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new SubjectInputException(
          FIELD,
          "A subject key is a site code, a hyphen and a number of at least 4 digits (POT-0007),"
              + " not '"
              + text
              + "'");
    }
    String digits = matcher.group(2);
    if (digits.length() > 4 && digits.startsWith("0")) {
      throw new SubjectInputException(
          FIELD,
          "'" + text + "' has extra leading zeros; write it with 4 digits or more, no padding");
    }
    int sequence = Integer.parseInt(digits);
    if (sequence == 0) {
      throw new SubjectInputException(FIELD, "'" + text + "' has sequence 0; sequences start at 1");
    }
    return new SubjectKey(matcher.group(1), sequence);
  }

  /** True when the text is a subject key in canonical form. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (SubjectInputException e) {
      return false;
    }
  }

  /** The canonical form, e.g. {@code POT-0007}. */
  public String value() {
    return String.format(Locale.ROOT, "%s-%04d", siteCode, sequence);
  }

  /** The key of the next subject at the same site. */
  public SubjectKey next() {
    return new SubjectKey(siteCode, sequence + 1);
  }

  private static SubjectInputException invalidSiteCode(String code) {
    return new SubjectInputException(
        SITE_FIELD,
        "A site code is an upper-case letter followed by 1 to 15 upper-case letters or digits,"
            + " not '"
            + code
            + "'");
  }

  @Override
  public int compareTo(SubjectKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return value();
  }
}
