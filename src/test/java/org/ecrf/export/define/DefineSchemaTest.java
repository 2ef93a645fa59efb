package org.ecrf.export.define;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefineSchemaTest {

  private static String validDocument() throws IOException {
    return new String(DefineFixture.written(DefineFixture.content()), StandardCharsets.UTF_8);
  }

  private static List<DefineSchemaFault> validate(String document) throws IOException {
    return DefineSchema.instance()
        .validate(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  /** The schema files are the unmodified CDISC copies their SOURCES.md lists. */
  @Test
  void shipsTheSchemaFilesSourcesMdLists() throws Exception {
    String sources;
    try (InputStream in = DefineSchema.class.getResourceAsStream("/cdisc/define-2.1/SOURCES.md")) {
      sources = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher line = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+\\.xsd)$").matcher(sources);
    int files = 0;
    while (line.find()) {
      files++;
      try (InputStream in =
          DefineSchema.class.getResourceAsStream("/cdisc/define-2.1/" + line.group(2))) {
        assertThat(in).as(line.group(2)).isNotNull();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
        assertThat(HexFormat.of().formatHex(digest)).as(line.group(2)).isEqualTo(line.group(1));
      }
    }
    assertThat(files).isEqualTo(9);
  }

  @Test
  void acceptsTheWrittenDefine() throws IOException {
    assertThat(validate(validDocument())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no def:DefineVersion | ' def:DefineVersion=\"2.1.0\"' | '' | 'DefineVersion'",
        "no def:Context | ' def:Context=\"Submission\"' | '' | 'Context'",
        "DefineVersion 2.0.0 | 'def:DefineVersion=\"2.1.0\"' | 'def:DefineVersion=\"2.0.0\"'"
            + " | 2.0.0",
        "class not in CT | 'Name=\"FINDINGS\"' | 'Name=\"Findings\"' | Findings",
        "origin type not in CT | 'Type=\"Collected\"' | 'Type=\"CRF\"' | CRF",
        "no def:Structure | ' def:Structure=\"One record per subject\"' | '' | 'Structure'",
        "SAS name too long | 'SASDatasetName=\"LB\"' | 'SASDatasetName=\"LABORATORY\"'"
            + " | LABORATORY",
        "context not in CT | 'def:Context=\"Submission\"' | 'def:Context=\"Draft\"' | Draft",
      })
  void rejectsABrokenDefineNamingTheFault(
      String fault, String original, String replacement, String named) throws IOException {
    String document = validDocument();
    assertThat(document).contains(original);
    String broken = document.replaceFirst(Pattern.quote(original), replacement);

    List<DefineSchemaFault> faults = validate(broken);

    assertThat(faults).isNotEmpty();
    assertThat(faults.get(0).message()).contains(named);
    assertThat(faults.get(0).line()).isGreaterThan(1);
    assertThat(faults.get(0).column()).isPositive();
  }

  @Test
  void rejectsElementsOutOfOrder() throws IOException {
    String document = validDocument();
    String classElement = "<def:Class Name=\"SPECIAL PURPOSE\"/>";
    String firstItemRef = "<ItemRef ItemOID=\"IT.DM.STUDYID\"";
    String moved =
        document.replace(classElement, "").replace(firstItemRef, classElement + firstItemRef);

    List<DefineSchemaFault> faults = validate(moved);

    assertThat(faults).isNotEmpty();
    assertThat(faults.get(0).message()).contains("ItemRef");
  }

  @Test
  void givesTheLineAndColumnOfTheFirstFault() throws IOException {
    String document =
        "<?xml version=\"1.0\"?>\n<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\"\n"
            + "  FileType=\"Snapshot\" FileOID=\"F\" CreationDateTime=\"2026-01-01T00:00:00Z\"/>\n";

    List<DefineSchemaFault> faults = validate(document);

    assertThat(faults).isNotEmpty();
    assertThat(faults.get(0).line()).isEqualTo(3);
    assertThat(faults.get(0).message()).contains("'Context'");
  }

  @Test
  void refusesADocumentTypeDeclaration() throws IOException {
    String document =
        validDocument()
            .replaceFirst(
                "<ODM", "<!DOCTYPE ODM [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<ODM");

    List<DefineSchemaFault> faults = validate(document);

    assertThat(faults).hasSize(1);
    assertThat(faults.get(0).message()).contains("DOCTYPE");
  }

  @Test
  void reportsWhereADocumentStopsBeingWellFormed() throws IOException {
    List<DefineSchemaFault> faults = validate("<?xml version=\"1.0\"?>\n<ODM>\n<Study>\n</ODM>");

    assertThat(faults).isNotEmpty();
    assertThat(faults.get(faults.size() - 1).line()).isEqualTo(4);
    assertThat(faults.get(faults.size() - 1).message()).contains("Study");
  }

  @Test
  void stopsAfterTheMostFaultsItReports() throws IOException {
    String document = validDocument().replace("Mandatory=\"No\"", "Mandatory=\"Maybe\"");
    StringBuilder many = new StringBuilder(document);
    String itemRef = "<ItemRef ItemOID=\"IT.DM.X\" OrderNumber=\"99\" Mandatory=\"Maybe\"/>";
    int at = many.indexOf("<def:Class");
    many.insert(at, itemRef.repeat(DefineSchema.MAX_FAULTS + 5));

    assertThat(validate(many.toString())).hasSize(DefineSchema.MAX_FAULTS);
  }
}
