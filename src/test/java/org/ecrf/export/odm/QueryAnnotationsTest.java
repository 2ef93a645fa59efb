package org.ecrf.export.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.AnnotationData;
import org.ecrf.crf.odm.clinical.FlagData;
import org.ecrf.export.odm.QueryAnnotations.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A data query as an ODM Annotation: the thread as comment, the status as flag. */
class QueryAnnotationsTest {

  private static final ItemKey CRP =
      new ItemKey("SE.WEEK6", 1, "F.LAB", "IG.LB_INFLAMMATION", 1, "I.LB_CRP");

  private static final QueryRecord ANSWERED =
      new QueryRecord(
          12,
          "SE.WEEK6",
          1,
          Optional.of("F.LAB"),
          Optional.of(CRP),
          "ANSWERED",
          false,
          List.of(
              new QueryRecord.Message(
                  Instant.parse("2026-03-02T09:00:00Z"),
                  "mon.ber",
                  Optional.of("MONITOR"),
                  "Please check the unit",
                  "OPEN"),
              new QueryRecord.Message(
                  Instant.parse("2026-03-03T10:15:00Z"),
                  "inv.ber",
                  Optional.empty(),
                  "Unit is mg/L, as in the source",
                  "ANSWERED")));

  @Test
  void writesTheThreadAsCommentAndTheStatusAsFlag() {
    AnnotationData annotation = QueryAnnotations.of(3, ANSWERED, Level.ITEM);

    assertThat(annotation.seqNum()).isEqualTo(3);
    assertThat(annotation.comment())
        .contains(
            "Query 12:\n"
                + "2026-03-02T09:00:00Z mon.ber (MONITOR), OPEN: Please check the unit\n"
                + "2026-03-03T10:15:00Z inv.ber, ANSWERED: Unit is mg/L, as in the source");
    assertThat(annotation.commentSource()).isEmpty();
    assertThat(annotation.flags())
        .containsExactly(FlagData.of("ANSWERED", OdmOids.QUERY_STATUS_CODE_LIST));
    assertThat(OdmOids.QUERY_STATUSES.codedValues()).contains("ANSWERED");
  }

  @ParameterizedTest(name = "on the {0} the comment begins ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "ITEM | Query 12:",
        "FORM | Query 12 on IG.LB_INFLAMMATION[1]/I.LB_CRP:",
        "VISIT | Query 12 on F.LAB/IG.LB_INFLAMMATION[1]/I.LB_CRP:"
      })
  void namesTheTargetBelowTheElementItSitsOn(Level level, String start) {
    assertThat(QueryAnnotations.comment(ANSWERED, level)).startsWith(start + "\n");
  }

  @Test
  void saysWhenThePlatformRaisedTheQueryAndNumbersFromOne() {
    QueryRecord automatic =
        new QueryRecord(
            3, "SE.WEEK6", 1, Optional.empty(), Optional.empty(), "OPEN", true, List.of());

    List<AnnotationData> annotations =
        QueryAnnotations.of(List.of(automatic, ANSWERED), Level.VISIT);

    assertThat(annotations).extracting(AnnotationData::seqNum).containsExactly(1, 2);
    assertThat(annotations.get(0).comment()).contains("Query 3 (raised by the platform):");
  }
}
