package org.ecrf.scoring.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Turns the raw values of the SES-CD form ({@code F.SESCD}) into a {@link SesCdInput}. Each segment
 * has an explored flag {@code I.SESCD_<SEGMENT>_EXPLORED} (Y/N; absent means explored) and four
 * variables {@code I.SESCD_<SEGMENT>_<VARIABLE>} graded 0-3 (issue 6). A grade entered for a
 * segment recorded as not explored contradicts the flag and is reported as invalid rather than
 * silently dropped; a form with no explored segment cannot be scored.
 */
public final class SesCdInputs {

  private SesCdInputs() {}

  /** The typed input, or every missing, invalid or contradicting item. */
  public static ParsedInput<SesCdInput> from(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    Map<SesCdSegment, SesCdInput.SegmentFindings> explored = new EnumMap<>(SesCdSegment.class);
    for (SesCdSegment segment : SesCdSegment.values()) {
      Boolean isExplored = reader.yesNo(segment.exploredOid(), true);
      if (Boolean.TRUE.equals(isExplored)) {
        readFindings(reader, segment, explored);
      } else if (Boolean.FALSE.equals(isExplored)) {
        reportGradesOfUnexplored(reader, segment);
      }
    }
    if (!reader.hasProblems() && explored.isEmpty()) {
      for (SesCdSegment segment : SesCdSegment.values()) {
        reader.report(
            new ItemProblem(
                segment.exploredOid(),
                ItemProblem.Kind.NOT_ASSESSED,
                "no segment was explored, so there is nothing to score"));
      }
    }
    return reader.parsed(() -> new SesCdInput(explored));
  }

  private static void readFindings(
      ItemReader reader,
      SesCdSegment segment,
      Map<SesCdSegment, SesCdInput.SegmentFindings> explored) {
    Map<SesCdVariable, Integer> grades = new EnumMap<>(SesCdVariable.class);
    for (SesCdVariable variable : SesCdVariable.values()) {
      Integer grade = reader.wholeNumber(segment.itemOid(variable), 0, 3);
      if (grade != null) {
        grades.put(variable, grade);
      }
    }
    if (grades.size() == SesCdVariable.values().length) {
      explored.put(segment, new SesCdInput.SegmentFindings(grades));
    }
  }

  private static void reportGradesOfUnexplored(ItemReader reader, SesCdSegment segment) {
    for (SesCdVariable variable : SesCdVariable.values()) {
      String oid = segment.itemOid(variable);
      if (reader.isPresent(oid)) {
        reader.report(
            ItemProblem.invalid(
                oid, "graded although " + segment.exploredOid() + " says not explored (N)"));
      }
    }
  }
}
