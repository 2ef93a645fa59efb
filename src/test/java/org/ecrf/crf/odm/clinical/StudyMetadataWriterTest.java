package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecrf.crf.odm.clinical.StudyMetadata.EnumeratedCodeList;
import org.ecrf.crf.odm.clinical.StudyMetadata.MetaDataFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Study metadata the writer copies from stored definitions: plain ODM 1.3.2, in order. */
class StudyMetadataWriterTest {

  private static final EnumeratedCodeList QUERY_STATUS =
      new EnumeratedCodeList("CL.X_STATUS", "Status", List.of("OPEN", "CLOSED"));

  @Test
  void copiesTheTopitDefinitionWithoutTheExtensionAsValidOdm() {
    Written written = withStudy(new StudyMetadata("TOPIT", List.of(mdv1()), List.of()));

    assertThat(OdmXsd.errors(written.bytes)).isEmpty();
    assertThat(written.text()).doesNotContain("edc:").doesNotContain("ecrf.org/ns/edc");
    assertThat(written.text()).doesNotContain("BlockSizes");
  }

  @Test
  void keepsEveryDefinitionAndTheLanguageOfTranslatedTexts() {
    Written written = withStudy(new StudyMetadata("TOPIT", List.of(mdv1()), List.of()));

    String source = new String(topit(), StandardCharsets.UTF_8);
    assertThat(written.dom().getElementsByTagNameNS(OdmNames.ODM, "ItemDef").getLength())
        .isEqualTo(count(source, "<ItemDef "));
    assertThat(written.dom().getElementsByTagNameNS(OdmNames.ODM, "CodeList").getLength())
        .isEqualTo(count(source, "<CodeList "));
    assertThat(written.text()).contains("xml:lang=\"de\"");
  }

  @Test
  void addsTheCodeListsAfterTheDefinitionsOwnAndBeforeConditions() {
    Written written = withStudy(new StudyMetadata("TOPIT", List.of(mdv1()), List.of(QUERY_STATUS)));

    assertThat(OdmXsd.errors(written.bytes)).isEmpty();
    List<String> children = Written.childNames(written.first("MetaDataVersion"));
    int added = children.lastIndexOf("CodeList");
    assertThat(children.get(added + 1)).isEqualTo("ConditionDef");
    Element last =
        (Element)
            written
                .dom()
                .getElementsByTagNameNS(OdmNames.ODM, "CodeList")
                .item(count(new String(topit(), StandardCharsets.UTF_8), "<CodeList "));
    assertThat(last.getAttribute("OID")).isEqualTo("CL.X_STATUS");
  }

  @Test
  void writesEveryVersionUnderOneStudyWithEachUnitOnce() {
    MetaDataFile mdv2 =
        new MetaDataFile(
            "MDV.2",
            new String(topit(), StandardCharsets.UTF_8)
                .replace("MetaDataVersion OID=\"MDV.1\"", "MetaDataVersion OID=\"MDV.2\"")
                .getBytes(StandardCharsets.UTF_8));

    Written written = withStudy(new StudyMetadata("TOPIT", List.of(mdv1(), mdv2), List.of()));

    assertThat(OdmXsd.errors(written.bytes)).isEmpty();
    NodeList versions = written.dom().getElementsByTagNameNS(OdmNames.ODM, "MetaDataVersion");
    assertThat(versions.getLength()).isEqualTo(2);
    assertThat(((Element) versions.item(1)).getAttribute("OID")).isEqualTo("MDV.2");
    assertThat(written.dom().getElementsByTagNameNS(OdmNames.ODM, "MeasurementUnit").getLength())
        .isEqualTo(count(new String(topit(), StandardCharsets.UTF_8), "<MeasurementUnit "));
  }

  @Test
  void refusesADefinitionOfAnotherStudy() {
    StudyMetadata other = new StudyMetadata("OTHER", List.of(mdv1()), List.of());

    assertThatThrownBy(() -> withStudy(other)).hasMessageContaining("is of study TOPIT, not OTHER");
  }

  @Test
  void refusesAFileWhoseVersionIsNotTheOneNamed() {
    StudyMetadata wrong =
        new StudyMetadata("TOPIT", List.of(new MetaDataFile("MDV.9", topit())), List.of());

    assertThatThrownBy(() -> withStudy(wrong)).hasMessageContaining("MDV.9 defines MDV.1");
  }

  @Test
  void refusesACodeListTheDefinitionHasAlready() {
    EnumeratedCodeList clash = new EnumeratedCodeList("CL.NY", "No Yes", List.of("N"));

    assertThatThrownBy(() -> withStudy(new StudyMetadata("TOPIT", List.of(mdv1()), List.of(clash))))
        .hasMessageContaining("defines the code list CL.NY itself");
  }

  @Test
  void refusesStudyAfterAdminData() throws IOException {
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(new ByteArrayOutputStream(), Samples.file(FileType.SNAPSHOT));
    writer.writeAdminData(Samples.adminData());

    assertThatThrownBy(
            () -> writer.writeStudy(new StudyMetadata("TOPIT", List.of(mdv1()), List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Study must come before AdminData");
  }

  private static Written withStudy(StudyMetadata study) {
    return Written.by(
        Samples.file(FileType.SNAPSHOT),
        writer -> {
          writer.writeStudy(study);
          writer.writeAdminData(Samples.adminData());
          writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
        });
  }

  private static MetaDataFile mdv1() {
    return new MetaDataFile("MDV.1", topit());
  }

  private static byte[] topit() {
    try {
      return Files.readAllBytes(Path.of("crf-definitions/TOPIT/MDV.1.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      count++;
    }
    return count;
  }
}
