package org.ecrf.scoring.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A complete SES-CD: the score (total over the explored segments, the grade of every variable by
 * item OID, the category), the subscore of each explored segment, the segments not explored, and
 * whether the total exceeds the commonly cited maximum and so needs a data query.
 *
 * @param score total, components and category
 * @param segmentSubscores subscore (0-12) by explored segment
 * @param unexploredSegments segments recorded as not explored, in form order
 * @param exceedsCommonMaximum whether the total is above {@link SesCdParameters#commonMaximum()}
 */
public record SesCdScore(
    Score score,
    Map<SesCdSegment, Integer> segmentSubscores,
    List<SesCdSegment> unexploredSegments,
    boolean exceedsCommonMaximum) {

  public SesCdScore {
    Objects.requireNonNull(score, "score");
    Map<SesCdSegment, Integer> copy = new EnumMap<>(SesCdSegment.class);
    copy.putAll(segmentSubscores);
    segmentSubscores = Collections.unmodifiableMap(copy);
    unexploredSegments = List.copyOf(unexploredSegments);
  }

  /** The subscore of a segment; empty when it was not explored. */
  public OptionalInt segmentSubscore(SesCdSegment segment) {
    Integer subscore = segmentSubscores.get(segment);
    return subscore == null ? OptionalInt.empty() : OptionalInt.of(subscore);
  }
}
