package org.ecrf.crf.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and version of a Java algorithm, written {@code NAME/VERSION} (e.g. {@code PUCAI/1}). A
 * stored derived value carries it, so that a later version never silently changes old results.
 */
public record AlgorithmReference(String name, int version) {

  private static final Pattern SYNTAX = Pattern.compile("([A-Z][A-Z0-9_]*)/([1-9][0-9]{0,8})");

  public AlgorithmReference {
    if (!name.matches("[A-Z][A-Z0-9_]*") || version < 1) {
      throw new IllegalArgumentException("Not an algorithm reference: " + name + "/" + version);
    }
  }

  /** The reference written as {@code NAME/VERSION}, if the text has that form. */
  public static Optional<AlgorithmReference> parse(String text) {
    Matcher matcher = SYNTAX.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new AlgorithmReference(matcher.group(1), Integer.parseInt(matcher.group(2))));
  }

  @Override
  public String toString() {
    return name + "/" + version;
  }
}
