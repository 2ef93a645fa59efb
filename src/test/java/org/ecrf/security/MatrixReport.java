package org.ecrf.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecrf.security.MatrixCell.Verdict;

/**
 * The matrix as Markdown ({@code target/role-endpoint-matrix.md}): the counts by verdict, every
 * cell that is not OK, then one line per entry × caller with what it had to get and what it got.
 */
final class MatrixReport {

  static final Path FILE = Path.of("target", "role-endpoint-matrix.md");

  private MatrixReport() {}

  static void write(List<MatrixCell> cells, int entries, Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("# Role × endpoint matrix\n\n");
    out.append(
        ("Every API endpoint and page (%d lines of `src/test/resources%s`) called by every"
                + " role's demo account and without signing in, once per demo site where the call"
                + " is about a subject, query or site: %d calls, %d s with the fixture.\n\n")
            .formatted(entries, AccessTable.RESOURCE, cells.size(), took.toSeconds()));
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    cells.forEach(cell -> counts.merge(cell.verdict(), 1L, Long::sum));
    out.append("| verdict | cells |\n|---|---:|\n");
    counts.forEach((verdict, count) -> out.append("| %s | %d |\n".formatted(verdict, count)));
    List<MatrixCell> notOk = cells.stream().filter(cell -> cell.verdict() != Verdict.OK).toList();
    out.append("\n## Cells that are not OK\n\n");
    if (notOk.isEmpty()) {
      out.append("None.\n");
    }
    notOk.forEach(
        cell ->
            out.append(
                "- %s: %s%s\n"
                    .formatted(
                        cell.verdict(),
                        cell.describe(),
                        cell.rule().isKnownFailure(cell.caller())
                            ? " — known: " + cell.rule().knownReason()
                            : "")));
    out.append("\n## Every cell\n\n");
    out.append(
        "| kind | method | endpoint | site | caller | may | expected | got | audit | ms | verdict |\n");
    out.append("|---|---|---|---|---|---|---|---|---:|---:|---|\n");
    for (MatrixCell cell : cells) {
      out.append(
          "| %s | %s | `%s` | %s | %s | %s | %s | %s | %d | %d | %s |\n"
              .formatted(
                  cell.rule().endpoint().kind(),
                  cell.rule().endpoint().method(),
                  cell.rule().endpoint().path(),
                  cell.site() == null ? "-" : cell.site(),
                  cell.caller().label(),
                  cell.expected().category().name().toLowerCase(java.util.Locale.ROOT),
                  cell.expected().statuses().stream().collect(Collectors.joining(" ")),
                  cell.outcome().status(),
                  cell.events().size(),
                  cell.outcome().millis(),
                  cell.verdict()));
    }
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + FILE, e);
    }
  }
}
