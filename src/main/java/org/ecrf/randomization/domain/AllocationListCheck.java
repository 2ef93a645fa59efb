package org.ecrf.randomization.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The structural rules of a list, checked per stratum: sequence numbers 1..n without gaps or
 * duplicates; blocks numbered 1..b in sequence order; each block as long as its size, of a
 * configured size, and balanced to the ratio; every configured stratum present. Row-level checks
 * (unknown stratum or arm, unreadable numbers) are done when the rows are read. To avoid follow-on
 * errors, a stratum with a row whose numbers could not be read is not checked further, and strata
 * without rows are not reported when some row's stratum could not be read.
 */
final class AllocationListCheck {

  static final String SEQUENCE = AllocationListCsv.SEQUENCE;
  static final String BLOCK = AllocationListCsv.BLOCK;
  static final String BLOCK_SIZE = AllocationListCsv.BLOCK_SIZE;
  static final String ARM = AllocationListCsv.ARM;

  private final RandomizationConfiguration configuration;
  private final List<ListProblem> problems = new ArrayList<>();

  private AllocationListCheck(RandomizationConfiguration configuration) {
    this.configuration = configuration;
  }

  /**
   * Checks the rows of every stratum not in {@code skippedStrata}; reports strata without rows
   * unless {@code skipCoverage} (because some row's stratum could not be read).
   */
  static List<ListProblem> check(
      RandomizationConfiguration configuration,
      List<NumberedSlot> rows,
      Set<Stratum> skippedStrata,
      boolean skipCoverage) {
    AllocationListCheck check = new AllocationListCheck(configuration);
    Map<Stratum, List<NumberedSlot>> byStratum = new LinkedHashMap<>();
    for (Stratum stratum : configuration.strata()) {
      byStratum.put(stratum, new ArrayList<>());
    }
    for (NumberedSlot row : rows) {
      List<NumberedSlot> stratumRows = byStratum.get(row.slot().stratum());
      if (stratumRows == null) {
        check.problems.add(
            new ListProblem(row.line(), "", "stratum " + row.slot().stratum() + " is unknown"));
      } else {
        stratumRows.add(row);
      }
    }
    byStratum.forEach(
        (stratum, stratumRows) -> {
          if (stratumRows.isEmpty() && !skipCoverage && !skippedStrata.contains(stratum)) {
            check.problems.add(new ListProblem(0, "", "stratum " + stratum + " has no slots"));
          } else if (!stratumRows.isEmpty() && !skippedStrata.contains(stratum)) {
            check.checkStratum(stratum, stratumRows);
          }
        });
    check.problems.sort(Comparator.comparingInt(ListProblem::line));
    return List.copyOf(check.problems);
  }

  private void checkStratum(Stratum stratum, List<NumberedSlot> rows) {
    List<NumberedSlot> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingInt((NumberedSlot row) -> row.slot().sequence())
            .thenComparingInt(NumberedSlot::line));
    boolean sequenceValid = checkSequence(stratum, sorted);
    Map<Integer, List<NumberedSlot>> blocks = new TreeMap<>();
    for (NumberedSlot row : sorted) {
      blocks.computeIfAbsent(row.slot().blockNumber(), number -> new ArrayList<>()).add(row);
    }
    int expectedNumber = 1;
    for (Map.Entry<Integer, List<NumberedSlot>> block : blocks.entrySet()) {
      if (block.getKey() != expectedNumber) {
        add(block.getValue().get(0), BLOCK, missingBlocks(stratum, expectedNumber, block.getKey()));
      }
      expectedNumber = block.getKey() + 1;
      checkBlock(stratum, block.getKey(), block.getValue());
    }
    if (sequenceValid) {
      checkBlockOrder(stratum, sorted);
    }
  }

  /** Reports duplicates and gaps; true when the sequence is exactly 1..n. */
  private boolean checkSequence(Stratum stratum, List<NumberedSlot> sorted) {
    boolean valid = true;
    int expected = 1;
    Map<Integer, Integer> firstLine = new HashMap<>();
    for (NumberedSlot row : sorted) {
      int sequence = row.slot().sequence();
      Integer earlier = firstLine.putIfAbsent(sequence, row.line());
      if (earlier != null) {
        add(
            row,
            SEQUENCE,
            "sequence " + sequence + " of stratum " + stratum + " is also on " + at(earlier));
        valid = false;
        continue;
      }
      if (sequence != expected) {
        String missing =
            expected == sequence - 1
                ? "sequence " + expected
                : "sequences " + expected + " to " + (sequence - 1);
        add(row, SEQUENCE, "stratum " + stratum + " lacks " + missing + " before this line");
        valid = false;
      }
      expected = sequence + 1;
    }
    return valid;
  }

  private void checkBlock(Stratum stratum, int number, List<NumberedSlot> rows) {
    NumberedSlot first = rows.get(0);
    int size = first.slot().blockSize();
    String name = "block " + number + " of stratum " + stratum;
    boolean sizeConsistent = true;
    for (NumberedSlot row : rows) {
      if (row.slot().blockSize() != size) {
        add(
            row,
            BLOCK_SIZE,
            name
                + " has size "
                + size
                + " on "
                + at(first.line())
                + " but "
                + row.slot().blockSize()
                + " here");
        sizeConsistent = false;
      }
    }
    if (!configuration.blockSizes().contains(size)) {
      add(first, BLOCK_SIZE, name + " has size " + size + "; allowed sizes are " + sizes());
    } else if (sizeConsistent && rows.size() != size) {
      add(first, BLOCK, name + " has " + rows.size() + " slots but size " + size);
    } else if (sizeConsistent) {
      checkBalance(name, size, rows);
    }
  }

  /** Skipped when the block holds an unknown arm: that line is reported already. */
  private void checkBalance(String name, int size, List<NumberedSlot> rows) {
    if (rows.stream().anyMatch(row -> configuration.arm(row.slot().arm()).isEmpty())) {
      return;
    }
    Map<String, Long> counts =
        rows.stream()
            .collect(Collectors.groupingBy(row -> row.slot().arm(), Collectors.counting()));
    boolean balanced =
        configuration.arms().stream()
            .allMatch(
                arm ->
                    counts.getOrDefault(arm.code(), 0L) == configuration.slotsPerBlock(arm, size));
    if (!balanced) {
      String found =
          configuration.arms().stream()
              .map(arm -> arm.code() + " " + counts.getOrDefault(arm.code(), 0L))
              .collect(Collectors.joining(", "));
      String expected =
          configuration.arms().stream()
              .map(arm -> arm.code() + " " + configuration.slotsPerBlock(arm, size))
              .collect(Collectors.joining(", "));
      add(
          rows.get(0),
          ARM,
          name + " is unbalanced: " + found + "; a block of " + size + " has " + expected);
    }
  }

  /** With a valid sequence, block numbers must not decrease along it (blocks are contiguous). */
  private void checkBlockOrder(Stratum stratum, List<NumberedSlot> sorted) {
    int previous = 0;
    for (NumberedSlot row : sorted) {
      int number = row.slot().blockNumber();
      if (number < previous) {
        add(
            row,
            BLOCK,
            "block "
                + number
                + " of stratum "
                + stratum
                + " continues after block "
                + previous
                + " has started");
      }
      previous = Math.max(previous, number);
    }
  }

  private static String missingBlocks(Stratum stratum, int from, int next) {
    String missing = from == next - 1 ? "block " + from : "blocks " + from + " to " + (next - 1);
    return "stratum " + stratum + " lacks " + missing + " before block " + next;
  }

  private String sizes() {
    return configuration.blockSizes().stream()
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }

  private static String at(int line) {
    return "line " + line;
  }

  private void add(NumberedSlot row, String column, String message) {
    problems.add(new ListProblem(row.line(), column, message));
  }
}
