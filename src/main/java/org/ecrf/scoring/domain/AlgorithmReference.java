package org.ecrf.scoring.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed algorithm reference of a CRF MethodDef, {@code <NAME>/<VERSION>[:<output>]}: for example
 * {@code PUCAI/1}, {@code PUCAI/1:category}, {@code SESCD/1:segment.ILEUM}. Without an output it
 * names the algorithm's default output.
 *
 * @param algorithm name and version
 * @param output the named output; empty for the default
 */
public record AlgorithmReference(AlgorithmId algorithm, Optional<String> output) {

  private static final Pattern SYNTAX =
      Pattern.compile("([A-Z][A-Z0-9_]*)/([1-9][0-9]{0,8})(?::([A-Za-z][A-Za-z0-9_.]*))?");

  public AlgorithmReference {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(output, "output");
  }

  /**
   * Parses a reference.
   *
   * @throws IllegalArgumentException when it is not of the form {@code NAME/VERSION[:output]}
   */
  public static AlgorithmReference parse(String reference) {
    Matcher matcher = SYNTAX.matcher(reference == null ? "" : reference.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Algorithm reference '"
              + reference
              + "' is not of the form NAME/VERSION[:output], for example PUCAI/1:category");
    }
    return new AlgorithmReference(
        new AlgorithmId(matcher.group(1), Integer.parseInt(matcher.group(2))),
        Optional.ofNullable(matcher.group(3)));
  }

  @Override
  public String toString() {
    return algorithm + output.map(name -> ":" + name).orElse("");
  }
}
