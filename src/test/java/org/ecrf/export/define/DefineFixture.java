package org.ecrf.export.define;

import static org.ecrf.export.dataset.VariableOrigin.ASSIGNED;
import static org.ecrf.export.dataset.VariableOrigin.COLLECTED;
import static org.ecrf.export.dataset.VariableOrigin.DERIVED;
import static org.ecrf.export.dataset.VariableOrigin.PROTOCOL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableTerms;
import org.ecrf.export.dataset.VariableType;

/**
 * A small but realistic SDTM define for TOPIT: DM, LB, TS and SUPPDM. C-codes are from CDISC SDTM
 * CT 2025-03-25 (ibd-trial-spec.md §4.4 for the lab tests).
 */
final class DefineFixture {

  static final Instant CREATED = Instant.parse("2026-11-25T08:30:00Z");

  static final DefineStudy STUDY =
      new DefineStudy(
          "TOPIT",
          "TOPIT",
          "Trough-level-guided versus standard infliximab dosing in paediatric IBD",
          "TOPIT (NCT02522169)",
          "MDV.TOPIT.SDTMIG.3.4.1",
          "TOPIT SDTM data definitions, version 1");

  private DefineFixture() {}

  static Dataset dm() {
    return new Dataset(
        "DM",
        "Demographics",
        "SPECIAL PURPOSE",
        "One record per subject",
        List.of(
            studyId(),
            domain(),
            usubjid(),
            Variable.text(
                "SUBJID", "Subject Identifier for the Study", 10, "Topic", true, COLLECTED),
            Variable.text(
                "RFSTDTC",
                "Subject Reference Start Date/Time",
                19,
                "Record Qualifier",
                false,
                DERIVED),
            Variable.text("SITEID", "Study Site Identifier", 6, "Record Qualifier", true, ASSIGNED),
            Variable.number("AGE", "Age", VariableType.INTEGER, "Record Qualifier", false, DERIVED),
            Variable.text("AGEU", "Age Units", 6, "Variable Qualifier", false, ASSIGNED),
            Variable.text("SEX", "Sex", 1, "Record Qualifier", true, COLLECTED),
            Variable.text("ARMCD", "Planned Arm Code", 8, "Record Qualifier", false, ASSIGNED),
            Variable.text("COUNTRY", "Country", 3, "Record Qualifier", true, ASSIGNED)));
  }

  static Dataset lb() {
    return new Dataset(
        "LB",
        "Laboratory Test Results",
        "FINDINGS",
        "One record per lab test per time point per visit per subject",
        List.of(
            studyId(),
            domain(),
            usubjid(),
            Variable.number(
                "LBSEQ", "Sequence Number", VariableType.INTEGER, "Identifier", true, DERIVED),
            Variable.text(
                    "LBTESTCD", "Lab Test or Examination Short Name", 8, "Topic", true, ASSIGNED)
                .key(3),
            Variable.text(
                "LBTEST", "Lab Test or Examination Name", 40, "Synonym Qualifier", true, ASSIGNED),
            Variable.text(
                "LBORRES",
                "Result or Finding in Original Units",
                20,
                "Result Qualifier",
                false,
                COLLECTED),
            Variable.text("LBORRESU", "Original Units", 10, "Variable Qualifier", false, COLLECTED),
            Variable.number(
                "LBSTRESN",
                "Numeric Result/Finding in Std Units",
                VariableType.DECIMAL,
                "Result Qualifier",
                false,
                DERIVED),
            Variable.number(
                    "VISITNUM", "Visit Number", VariableType.DECIMAL, "Timing", false, ASSIGNED)
                .key(4),
            Variable.text(
                    "LBDTC", "Date/Time of Specimen Collection", 19, "Timing", false, COLLECTED)
                .key(5)));
  }

  static Dataset ts() {
    return new Dataset(
        "TS",
        "Trial Summary",
        "TRIAL DESIGN",
        "One record per trial summary parameter value",
        List.of(
            studyId(),
            domain(),
            Variable.number(
                    "TSSEQ", "Sequence Number", VariableType.INTEGER, "Identifier", true, PROTOCOL)
                .key(3),
            Variable.text(
                    "TSPARMCD", "Trial Summary Parameter Short Name", 8, "Topic", true, PROTOCOL)
                .key(2),
            Variable.text(
                "TSPARM", "Trial Summary Parameter", 40, "Synonym Qualifier", true, PROTOCOL),
            Variable.text("TSVAL", "Parameter Value", 200, "Result Qualifier", false, PROTOCOL)));
  }

  static Dataset suppdm() {
    return new Dataset(
        "SUPPDM",
        "Supplemental Qualifiers for DM",
        "RELATIONSHIP",
        "One record per IDVAR, IDVARVAL, and QNAM value per subject",
        List.of(
            studyId(),
            Variable.text("RDOMAIN", "Related Domain Abbreviation", 2, "Identifier", true, ASSIGNED)
                .key(2),
            usubjid().key(3),
            Variable.text("IDVAR", "Identifying Variable", 8, "Identifier", false, ASSIGNED).key(4),
            Variable.text(
                    "IDVARVAL", "Identifying Variable Value", 40, "Identifier", false, ASSIGNED)
                .key(5),
            Variable.text("QNAM", "Qualifier Variable Name", 8, "Topic", true, ASSIGNED).key(6),
            Variable.text(
                "QLABEL", "Qualifier Variable Label", 40, "Synonym Qualifier", true, ASSIGNED),
            Variable.text("QVAL", "Data Value", 200, "Result Qualifier", true, COLLECTED),
            Variable.text("QORIG", "Origin", 20, "Record Qualifier", true, ASSIGNED),
            Variable.text("QEVAL", "Evaluator", 20, "Record Qualifier", false, ASSIGNED)));
  }

  /** QNAM of SUPPDM: the randomisation strata, sponsor-defined. */
  static VariableTerms qualifierNames() {
    return new VariableTerms(
        "SUPPDM",
        "QNAM",
        "QNAM",
        false,
        List.of(
            new Term("STRATDX", "Stratum: Diagnosis", ""),
            new Term("STRATAGE", "Stratum: Age Group", "")));
  }

  /** LBTESTCD: three CDISC tests and the sponsor's infliximab trough, a sponsor extension. */
  static VariableTerms lbTestCodes() {
    return new VariableTerms(
        "LB",
        "LBTESTCD",
        "LBTESTCD",
        true,
        List.of(
            new Term("CRP", "C Reactive Protein", "C64548"),
            new Term("ALB", "Albumin", "C64431"),
            new Term("CALPRO", "Calprotectin", "C82005"),
            new Term("IFXTROUG", "Infliximab Trough Concentration", "")));
  }

  static VariableTerms sex() {
    return new VariableTerms(
        "DM",
        "SEX",
        "SEX",
        false,
        List.of(new Term("F", "Female", "C16576"), new Term("M", "Male", "C20197")));
  }

  static VariableTerms ageUnits() {
    return new VariableTerms("DM", "AGEU", "AGEU", false, List.of(new Term("YEARS", "", "C29848")));
  }

  static DefineContent content() {
    List<Dataset> datasets = List.of(dm(), lb(), ts(), suppdm());
    return new DefineContent(
        STUDY,
        DefineStandards.SDTMIG_3_4,
        datasets,
        List.of(lbTestCodes(), sex(), ageUnits(), qualifierNames()),
        DefineContent.xptFileNames(datasets),
        CREATED);
  }

  static byte[] written(DefineContent content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DefineWriter(content).writeTo(out);
    return out.toByteArray();
  }

  private static Variable studyId() {
    return Variable.text("STUDYID", "Study Identifier", 12, "Identifier", true, ASSIGNED).key(1);
  }

  private static Variable domain() {
    return Variable.text("DOMAIN", "Domain Abbreviation", 2, "Identifier", true, ASSIGNED);
  }

  private static Variable usubjid() {
    return Variable.text("USUBJID", "Unique Subject Identifier", 20, "Identifier", true, DERIVED)
        .key(2);
  }
}
