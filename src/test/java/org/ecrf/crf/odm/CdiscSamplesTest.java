package org.ecrf.crf.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The hand-written ODM samples of the shared CDISC folder validate as imports: the plain ODM 1.3.2
 * sample as it is (with warnings for what the platform cannot evaluate), the vendor-extension demo
 * only in lenient mode, which strips its unknown namespace.
 */
class CdiscSamplesTest {

  private final CrfDefinitionValidator validator = new CrfDefinitionValidator(Fixtures.ALGORITHMS);

  private static Path sample(String name) {
    return SharedFolder.cdisc().resolve("samples").resolve(name);
  }

  @Test
  void metadataAndClinicalDataSampleValidatesAsImport() {
    ValidationReport report =
        validator.validate(
            sample("sample-metadata-and-clinicaldata.xml"), ValidationOptions.forImport(false));

    assertThat(report.valid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .extracting(Fault::kind)
        .contains(
            FaultKind.OID_NAMING,
            FaultKind.UNKNOWN_ALGORITHM,
            FaultKind.UNEVALUABLE_EXPRESSION,
            FaultKind.STRIPPED);
    assertThat(report.warnings())
        .anySatisfy(w -> assertThat(w.message()).contains("C.VSNOTDONE is written in XPath"));
    assertThat(report.warnings())
        .anySatisfy(
            w ->
                assertThat(w.message())
                    .contains("M.DOSE")
                    .contains("I.DOSE is then entered by hand"));
    var study = report.definition().orElseThrow();
    assertThat(study.header().studyOid()).isEqualTo("ST.PIBD.IFX");
    assertThat(study.events()).extracting(e -> e.oid()).containsExactly("SE.SCREEN", "SE.WEEK0");
    assertThat(study.design().sites()).extracting(s -> s.oid()).containsExactly("LOC.001");
    assertThat(report.formCount()).isEqualTo(2);
  }

  @Test
  void metadataAndClinicalDataSampleIsNotOneOfOurDefinitions() {
    ValidationReport report =
        validator.validate(
            sample("sample-metadata-and-clinicaldata.xml"), ValidationOptions.strict());
    assertThat(report.valid()).isFalse();
    assertThat(report.errors())
        .extracting(Fault::kind)
        .contains(FaultKind.OID_NAMING, FaultKind.UNKNOWN_ALGORITHM, FaultKind.STRUCTURE);
  }

  @Test
  void vendorExtensionDemoValidatesOnlyLeniently() {
    Path demo = sample("vendor-extension-demo/sample-with-extension.xml");

    ValidationReport asIs = validator.validate(demo, ValidationOptions.forImport(false));
    ValidationReport lenient = validator.validate(demo, ValidationOptions.forImport(true));

    assertThat(asIs.valid()).isFalse();
    assertThat(asIs.errors()).extracting(Fault::kind).containsOnly(FaultKind.UNKNOWN_NAMESPACE);
    assertThat(lenient.valid()).isTrue();
    assertThat(lenient.warnings())
        .filteredOn(w -> w.kind() == FaultKind.STRIPPED)
        .extracting(Fault::message)
        .anySatisfy(m -> assertThat(m).contains("edc:Widget").contains("2 times"));
    assertThat(lenient.definition().orElseThrow().item("I.TOTAL")).isPresent();
  }
}
