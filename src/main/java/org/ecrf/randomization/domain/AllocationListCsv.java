package org.ecrf.randomization.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV form of a randomisation list, for upload by the sponsor's statistician and for export.
 *
 * <p>Format: UTF-8 text, comma-separated, one header line, then one line per slot. The columns are
 * one per stratification factor, named as the factor (TOPIT: {@code DIAGNOSIS}, {@code SITE}), then
 * {@code SEQUENCE} (1-based place in the stratum), {@code BLOCK} (1-based block number in the
 * stratum), {@code BLOCK_SIZE} and {@code ARM} (arm code). Example:
 *
 * <pre>
 * DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM
 * CD,POT,1,1,2,STANDARD
 * CD,POT,2,1,2,TDM
 * </pre>
 *
 * <p>When reading, header names are matched without regard to case and may come in any order; cells
 * are trimmed and may be enclosed in double quotes; lines may come in any order; blank lines are
 * skipped (line numbers still count them). Every problem is reported with its line and column.
 * Written files use exactly the form above, strata in configuration order, and {@code \n} line
 * ends: this canonical text is what {@link StratifiedBlockList#fingerprint()} covers.
 */
public final class AllocationListCsv {

  public static final String SEQUENCE = "SEQUENCE";
  public static final String BLOCK = "BLOCK";
  public static final String BLOCK_SIZE = "BLOCK_SIZE";
  public static final String ARM = "ARM";

  private static final List<String> SLOT_COLUMNS = List.of(SEQUENCE, BLOCK, BLOCK_SIZE, ARM);

  private AllocationListCsv() {}

  /** The header columns for a configuration: its factors, then the slot columns. */
  public static List<String> columns(RandomizationConfiguration configuration) {
    List<String> columns = new ArrayList<>(configuration.factorNames());
    columns.addAll(SLOT_COLUMNS);
    return List.copyOf(columns);
  }

  /** The list in canonical CSV. */
  public static String write(StratifiedBlockList list) {
    return write(list.configuration(), list.slots());
  }

  static String write(RandomizationConfiguration configuration, List<AllocationSlot> slots) {
    StringBuilder csv = new StringBuilder(String.join(",", columns(configuration))).append('\n');
    for (AllocationSlot slot : slots) {
      for (String factor : configuration.factorNames()) {
        csv.append(slot.stratum().level(factor)).append(',');
      }
      csv.append(slot.sequence()).append(',').append(slot.blockNumber()).append(',');
      csv.append(slot.blockSize()).append(',').append(slot.arm()).append('\n');
    }
    return csv.toString();
  }

  /**
   * Reads and checks an uploaded list against the configuration. Never throws for bad content:
   * every problem is in the result.
   */
  public static ListUpload read(RandomizationConfiguration configuration, String text) {
    String[] lines = (text == null ? "" : text.replaceFirst("^\uFEFF", "")).split("\\R", -1);
    List<ListProblem> problems = new ArrayList<>();
    Map<String, Integer> header = readHeader(configuration, lines[0], problems);
    if (!problems.isEmpty()) {
      return new ListUpload(Optional.empty(), problems);
    }
    RowReader rows = new RowReader(configuration, header, problems);
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        rows.read(i + 1, lines[i]);
      }
    }
    problems.addAll(
        AllocationListCheck.check(
            configuration, rows.slots, rows.unreadableStrata, rows.someStratumUnreadable));
    problems.sort(Comparator.comparingInt(ListProblem::line));
    if (!problems.isEmpty()) {
      return new ListUpload(Optional.empty(), problems);
    }
    List<AllocationSlot> slots = rows.slots.stream().map(NumberedSlot::slot).toList();
    return new ListUpload(
        Optional.of(new StratifiedBlockList(configuration, ListSource.UPLOADED, slots)), List.of());
  }

  private static Map<String, Integer> readHeader(
      RandomizationConfiguration configuration, String line, List<ListProblem> problems) {
    List<String> expected = columns(configuration);
    if (line.isBlank()) {
      problems.add(
          new ListProblem(1, "", "the header is missing; expected " + String.join(",", expected)));
      return Map.of();
    }
    if (!line.contains(",") && line.contains(";")) {
      problems.add(new ListProblem(1, "", "columns must be separated by commas, not semicolons"));
      return Map.of();
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> cells = cells(line);
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).toUpperCase(Locale.ROOT);
      if (!expected.contains(name)) {
        problems.add(
            new ListProblem(
                1, cells.get(i), "unknown column; expected " + String.join(",", expected)));
      } else if (index.putIfAbsent(name, i) != null) {
        problems.add(new ListProblem(1, name, "the column appears twice"));
      }
    }
    for (String column : expected) {
      if (!index.containsKey(column)) {
        problems.add(new ListProblem(1, column, "the column is missing"));
      }
    }
    return index;
  }

  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      String trimmed = cell.trim();
      if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
        trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
      }
      cells.add(trimmed);
    }
    return cells;
  }

  /** Turns data lines into slots, collecting row-level problems. */
  private static final class RowReader {
    private final RandomizationConfiguration configuration;
    private final Map<String, Integer> header;
    private final List<ListProblem> problems;
    private final List<NumberedSlot> slots = new ArrayList<>();
    private final Set<Stratum> unreadableStrata = new HashSet<>();
    private boolean someStratumUnreadable;

    RowReader(
        RandomizationConfiguration configuration,
        Map<String, Integer> header,
        List<ListProblem> problems) {
      this.configuration = configuration;
      this.header = header;
      this.problems = problems;
    }

    void read(int lineNumber, String line) {
      List<String> cells = cells(line);
      if (cells.size() != header.size()) {
        problems.add(
            new ListProblem(
                lineNumber,
                "",
                "the line has " + cells.size() + " cells, the header " + header.size()));
        someStratumUnreadable = true;
        return;
      }
      Stratum stratum = stratum(lineNumber, cells);
      int before = problems.size();
      int sequence = number(lineNumber, cells, SEQUENCE);
      int block = number(lineNumber, cells, BLOCK);
      int blockSize = number(lineNumber, cells, BLOCK_SIZE);
      boolean numbersRead = problems.size() == before;
      String arm = cells.get(header.get(ARM));
      if (configuration.arm(arm).isEmpty()) {
        problems.add(
            new ListProblem(
                lineNumber,
                ARM,
                "arm '"
                    + arm
                    + "' is unknown; arms are "
                    + String.join(", ", configuration.armCodes())));
      }
      if (stratum == null) {
        someStratumUnreadable = true;
      } else if (!numbersRead) {
        unreadableStrata.add(stratum);
      } else {
        slots.add(
            new NumberedSlot(
                lineNumber, new AllocationSlot(stratum, sequence, block, blockSize, arm)));
      }
    }

    private Stratum stratum(int lineNumber, List<String> cells) {
      Map<String, String> levels = new LinkedHashMap<>();
      boolean known = true;
      for (FactorLevels factor : configuration.factors()) {
        String level = cells.get(header.get(factor.factor()));
        if (!factor.levels().contains(level)) {
          problems.add(
              new ListProblem(
                  lineNumber,
                  factor.factor(),
                  "'"
                      + level
                      + "' is not a level of "
                      + factor.factor()
                      + " (levels: "
                      + String.join(", ", factor.levels())
                      + "), so the stratum is unknown"));
          known = false;
        }
        levels.put(factor.factor(), level);
      }
      return known ? new Stratum(levels) : null;
    }

    private int number(int lineNumber, List<String> cells, String column) {
      String cell = cells.get(header.get(column));
      try {
        int value = Integer.parseInt(cell);
        if (value >= 1) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(
          new ListProblem(lineNumber, column, "'" + cell + "' is not a whole number of 1 or more"));
      return 1;
    }
  }
}
