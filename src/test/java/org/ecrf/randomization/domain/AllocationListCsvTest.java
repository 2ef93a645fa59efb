package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AllocationListCsvTest {

  private static final RandomizationConfiguration POT_BER =
      RandomizationConfiguration.topit(List.of("POT", "BER"));
  private static final RandomizationConfiguration POT_BER_HAM =
      RandomizationConfiguration.topit(List.of("POT", "BER", "HAM"));
  private static final RandomizationConfiguration POT_ONLY =
      RandomizationConfiguration.topit(List.of("POT"));
  private static final String HEADER = "DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM\n";

  @Test
  void readsAValidUpload() {
    ListUpload upload = AllocationListCsv.read(POT_BER, resource("valid-list.csv"));
    assertThat(upload.problems()).isEmpty();
    StratifiedBlockList list = upload.list().orElseThrow();
    assertThat(list.source()).isEqualTo(ListSource.UPLOADED);
    assertThat(list.capacity(POT_BER.stratumFor("CD", "POT"))).isEqualTo(6);
    assertThat(list.slotsOf(POT_BER.stratumFor("CD", "POT")).get(2))
        .isEqualTo(new AllocationSlot(POT_BER.stratumFor("CD", "POT"), 3, 2, 4, "STANDARD"));
  }

  @Test
  void writesTheCanonicalFormThatReadsBackToTheSameFingerprint() {
    StratifiedBlockList generated =
        new BlockListGenerator(POT_BER).generate(AllocationSeed.of(7L), 12);
    String csv = AllocationListCsv.write(generated);
    assertThat(csv).startsWith(HEADER);
    StratifiedBlockList uploaded = AllocationListCsv.read(POT_BER, csv).list().orElseThrow();
    assertThat(uploaded.slots()).isEqualTo(generated.slots());
    assertThat(uploaded.fingerprint()).isEqualTo(generated.fingerprint());
  }

  @Test
  void acceptsAnyLineAndColumnOrderQuotesCaseBomBlankLinesAndWindowsLineEnds() {
    String csv =
        "\uFEFFarm,Block_Size,\"SEQUENCE\",block,site,diagnosis\r\n"
            + "TDM,2,2,1,POT,UC\r\n"
            + "\r\n"
            + " \"STANDARD\" , 2 , 1 , 1 , POT , UC \r\n"
            + "STANDARD,2,2,1,POT,CD\r\n"
            + "TDM,2,1,1,POT,CD\r\n";
    ListUpload upload = AllocationListCsv.read(POT_ONLY, csv);
    assertThat(upload.problems()).isEmpty();
    StratifiedBlockList list = upload.list().orElseThrow();
    assertThat(list.slotsOf(POT_ONLY.stratumFor("UC", "POT")))
        .extracting(AllocationSlot::arm)
        .containsExactly("STANDARD", "TDM");
    String canonical =
        HEADER
            + "CD,POT,1,1,2,TDM\nCD,POT,2,1,2,STANDARD\n"
            + "UC,POT,1,1,2,STANDARD\nUC,POT,2,1,2,TDM\n";
    assertThat(AllocationListCsv.write(list)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "line {0}, column {1}: {2}")
  @CsvFileSource(resources = "/randomization/many-problems-expected.csv", numLinesToSkip = 1)
  void reportsEachProblemWithItsLineAndColumn(int line, String column, String message) {
    ListUpload upload = AllocationListCsv.read(POT_BER_HAM, resource("many-problems.csv"));
    assertThat(upload.problems()).contains(new ListProblem(line, column, message));
  }

  @Test
  void reportsAllProblemsAndNoFollowOnErrors() {
    ListUpload upload = AllocationListCsv.read(POT_BER_HAM, resource("many-problems.csv"));
    assertThat(upload.isValid()).isFalse();
    assertThat(upload.list()).isEmpty();
    assertThat(upload.problems())
        .extracting(ListProblem::line)
        .containsExactly(4, 5, 6, 11, 12, 17, 19, 20, 21);
  }

  @Test
  void reportsAStratumWithoutSlots() {
    String csv = HEADER + "CD,POT,1,1,2,TDM\nCD,POT,2,1,2,STANDARD\n";
    assertThat(AllocationListCsv.read(POT_ONLY, csv).problems())
        .containsExactly(new ListProblem(0, "", "stratum DIAGNOSIS=UC;SITE=POT has no slots"));
  }

  @Test
  void reportsInterleavedBlocks() {
    String csv =
        HEADER
            + "CD,POT,1,1,2,TDM\nCD,POT,2,2,2,TDM\nCD,POT,3,1,2,STANDARD\nCD,POT,4,2,2,STANDARD\n"
            + "UC,POT,1,1,2,TDM\nUC,POT,2,1,2,STANDARD\n";
    assertThat(AllocationListCsv.read(POT_ONLY, csv).problems())
        .containsExactly(
            new ListProblem(
                4,
                "BLOCK",
                "block 1 of stratum DIAGNOSIS=CD;SITE=POT continues after block 2 has started"));
  }

  @Test
  void reportsAnIncompleteBlockAndAnInconsistentBlockSize() {
    String csv =
        HEADER
            + "CD,POT,1,1,4,TDM\nCD,POT,2,1,4,STANDARD\n"
            + "UC,POT,1,1,4,TDM\nUC,POT,2,1,2,STANDARD\nUC,POT,3,1,4,TDM\nUC,POT,4,1,4,STANDARD\n";
    assertThat(AllocationListCsv.read(POT_ONLY, csv).problems())
        .containsExactly(
            new ListProblem(
                2, "BLOCK", "block 1 of stratum DIAGNOSIS=CD;SITE=POT has 2 slots but size 4"),
            new ListProblem(
                5,
                "BLOCK_SIZE",
                "block 1 of stratum DIAGNOSIS=UC;SITE=POT has size 4 on line 4 but 2 here"));
  }

  @Test
  void reportsEveryHeaderProblemAndStopsThere() {
    String csv = "DIAGNOSIS,SITE,SEQ,BLOCK,BLOCK,ARM\nCD,POT,1,1,2,TDM\n";
    assertThat(AllocationListCsv.read(POT_ONLY, csv).problems())
        .containsExactly(
            new ListProblem(
                1, "SEQ", "unknown column; expected DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM"),
            new ListProblem(1, "BLOCK", "the column appears twice"),
            new ListProblem(1, "SEQUENCE", "the column is missing"),
            new ListProblem(1, "BLOCK_SIZE", "the column is missing"));
  }

  @Test
  void explainsSemicolonSeparatedFilesAndEmptyUploads() {
    assertThat(
            AllocationListCsv.read(POT_ONLY, "DIAGNOSIS;SITE;SEQUENCE;BLOCK;BLOCK_SIZE;ARM\n")
                .problems())
        .containsExactly(
            new ListProblem(1, "", "columns must be separated by commas, not semicolons"));
    assertThat(AllocationListCsv.read(POT_ONLY, "").problems())
        .extracting(ListProblem::toString)
        .containsExactly(
            "line 1: the header is missing; expected DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM");
    assertThat(AllocationListCsv.read(POT_ONLY, HEADER).problems())
        .extracting(ListProblem::toString)
        .containsExactly(
            "list: stratum DIAGNOSIS=CD;SITE=POT has no slots",
            "list: stratum DIAGNOSIS=UC;SITE=POT has no slots");
  }

  @Test
  void readsAnUnstratifiedList() {
    RandomizationConfiguration plain =
        new RandomizationConfiguration(List.of(Arm.of("A"), Arm.of("B")), List.of(2), List.of());
    ListUpload upload =
        AllocationListCsv.read(plain, "SEQUENCE,BLOCK,BLOCK_SIZE,ARM\n1,1,2,B\n2,1,2,A\n");
    assertThat(upload.problems()).isEmpty();
    assertThat(upload.list().orElseThrow().capacity(plain.strata().get(0))).isEqualTo(2);
  }

  private static String resource(String name) {
    try (InputStream in =
        AllocationListCsvTest.class.getResourceAsStream("/randomization/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
