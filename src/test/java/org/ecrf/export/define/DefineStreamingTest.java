package org.ecrf.export.define;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableTerms;
import org.junit.jupiter.api.Test;

/** The writer streams: the document reaches the stream in small pieces and is never built. */
class DefineStreamingTest {

  private static final int DATASETS = 120;
  private static final int VARIABLES = 40;
  private static final int TERMS = 60;

  @Test
  void handsALargeDefineToTheStreamInSmallPieces() throws IOException {
    WriteLog log = new WriteLog();

    new DefineWriter(large()).writeTo(log);

    assertThat(log.total).isGreaterThan(2_000_000L);
    assertThat(log.largestWrite).isLessThanOrEqualTo(64 * 1024);
    assertThat(log.writes).isGreaterThan(100);
  }

  @Test
  void passesOnTheStreamsFailure() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> new DefineWriter(DefineFixture.content()).writeTo(failing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("disk full");
  }

  /**
   * Reads the constant pools of the package's compiled classes (a class names every type it uses
   * there); ArchUnit would do the same but takes seconds to resolve the JDK's XML classes.
   */
  @Test
  void neverBuildsADocumentTree() throws Exception {
    Path folder = Path.of(DefineWriter.class.getResource("DefineWriter.class").toURI()).getParent();
    List<Path> classes;
    try (Stream<Path> files = Files.list(folder)) {
      classes = files.filter(f -> f.toString().endsWith(".class")).toList();
    }

    assertThat(classes).hasSizeGreaterThan(5);
    assertThat(Files.readAllBytes(classFile(DefineDocument.class)))
        .as("the check sees a class that does build a tree")
        .asString(StandardCharsets.ISO_8859_1)
        .contains("org/w3c/dom/Document");
    for (Path file : classes) {
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(constants)
          .as(file.getFileName().toString())
          .doesNotContain(
              "org/w3c/dom/Document",
              "org/w3c/dom/Node",
              "org/w3c/dom/Element",
              "javax/xml/transform/dom/",
              "javax/xml/parsers/DocumentBuilder");
    }
  }

  private static Path classFile(Class<?> type) throws Exception {
    return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
  }

  private static DefineContent large() {
    List<Dataset> datasets = new ArrayList<>();
    List<VariableTerms> terms = new ArrayList<>();
    for (int d = 0; d < DATASETS; d++) {
      String name = String.format("X%03d", d);
      List<Variable> variables = new ArrayList<>();
      for (int v = 0; v < VARIABLES; v++) {
        variables.add(
            Variable.text(
                String.format("%sV%02d", name, v),
                "Variable " + v + " of " + name,
                200,
                "Record Qualifier",
                false,
                VariableOrigin.COLLECTED));
      }
      datasets.add(new Dataset(name, "Dataset " + name, "FINDINGS", "One record per x", variables));
      List<Term> values = new ArrayList<>();
      for (int t = 0; t < TERMS; t++) {
        values.add(new Term("T" + t, "Term " + t + " of " + name, ""));
      }
      terms.add(new VariableTerms(name, name + "V00", name + "V00", false, values));
    }
    return new DefineContent(
        DefineFixture.STUDY,
        DefineStandards.SDTMIG_3_4,
        datasets,
        terms,
        DefineContent.xptFileNames(datasets),
        DefineFixture.CREATED);
  }

  /** Counts what reaches the stream and keeps nothing. */
  private static final class WriteLog extends OutputStream {
    long total;
    int writes;
    int largestWrite;

    @Override
    public void write(int b) {
      record(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      record(len);
    }

    private void record(int length) {
      total += length;
      writes++;
      largestWrite = Math.max(largestWrite, length);
    }
  }
}
