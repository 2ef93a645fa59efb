package org.ecrf.scoring.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SES-CD findings of the explored segments (each variable graded 0-3); a segment absent from
 * the map was recorded as not explored.
 *
 * @param exploredSegments findings by explored segment
 */
public record SesCdInput(Map<SesCdSegment, SegmentFindings> exploredSegments) {

  public SesCdInput {
    Map<SesCdSegment, SegmentFindings> copy = new EnumMap<>(SesCdSegment.class);
    copy.putAll(exploredSegments);
    exploredSegments = Collections.unmodifiableMap(copy);
  }

  /** The segments recorded as not explored, in form order. */
  public List<SesCdSegment> unexploredSegments() {
    return Arrays.stream(SesCdSegment.values())
        .filter(segment -> !exploredSegments.containsKey(segment))
        .toList();
  }

  /** The four grades (0-3) of one segment. */
  public record SegmentFindings(Map<SesCdVariable, Integer> grades) {

    public SegmentFindings {
      Map<SesCdVariable, Integer> copy = new EnumMap<>(SesCdVariable.class);
      copy.putAll(grades);
      for (SesCdVariable variable : SesCdVariable.values()) {
        Integer grade = copy.get(variable);
        if (grade == null || grade < 0 || grade > 3) {
          throw new IllegalArgumentException(
              "Each SES-CD variable is graded 0-3; " + variable + " is " + grade);
        }
      }
      grades = Collections.unmodifiableMap(copy);
    }

    /** The segment subscore, 0-12: the sum of the four grades. */
    public int subscore() {
      return grades.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
