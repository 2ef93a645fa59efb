package org.ecrf.export.sdtm;

import java.util.Map;
import java.util.Optional;
import org.ecrf.export.dataset.Term;

/**
 * The CDISC controlled terms the mapping writes where CDISC has them: test names and C-codes of the
 * study's LB, VS and IS test codes, and specimen and category per lab test. Codes from CDISC SDTM
 * CT 2025-03-25 as listed in the trial spec §3 and §4.4; names are the CT submission values'
 * preferred test names. A test code not listed here is sponsor-defined and named from its item.
 */
final class CdiscTerms {

  private static final Map<String, Term> TESTS =
      Map.ofEntries(
          Map.entry("LB.ALB", new Term("ALB", "Albumin", "C64431")),
          Map.entry("LB.CRP", new Term("CRP", "C Reactive Protein", "C64548")),
          Map.entry("LB.ESR", new Term("ESR", "Erythrocyte Sedimentation Rate", "C74611")),
          Map.entry("LB.HCT", new Term("HCT", "Hematocrit", "C64796")),
          Map.entry("LB.HGB", new Term("HGB", "Hemoglobin", "C64848")),
          Map.entry("LB.WBC", new Term("WBC", "Leukocytes", "C51948")),
          Map.entry("LB.PLAT", new Term("PLAT", "Platelets", "C51951")),
          Map.entry("LB.CALPRO", new Term("CALPRO", "Calprotectin", "C82005")),
          Map.entry("VS.HEIGHT", new Term("HEIGHT", "Height", "C25347")),
          Map.entry("VS.WEIGHT", new Term("WEIGHT", "Weight", "C25208")),
          Map.entry("VS.BMI", new Term("BMI", "Body Mass Index", "C16358")),
          Map.entry("IS.ADA_BAB", new Term("ADA_BAB", "Binding Antidrug Antibody", "C147272")),
          Map.entry("IS.ADA_NAB", new Term("ADA_NAB", "Neutralizing Binding ADA", "C147273")));

  /** Specimen (LBSPEC/PCSPEC/ISSPEC, CDISC SPECTYPE) by dataset and test code. */
  private static final Map<String, String> SPECIMEN =
      Map.ofEntries(
          Map.entry("LB.ALB", "SERUM"),
          Map.entry("LB.CRP", "SERUM"),
          Map.entry("LB.ESR", "BLOOD"),
          Map.entry("LB.HCT", "BLOOD"),
          Map.entry("LB.HGB", "BLOOD"),
          Map.entry("LB.WBC", "BLOOD"),
          Map.entry("LB.PLAT", "BLOOD"),
          Map.entry("LB.CALPRO", "STOOL"),
          Map.entry("PC.INFLIXMB", "SERUM"),
          Map.entry("IS.ADA_BAB", "SERUM"),
          Map.entry("IS.ADA_NAB", "SERUM"));

  /** LBCAT by test code (sponsor categories). */
  private static final Map<String, String> LAB_CATEGORY =
      Map.of(
          "ALB", "CHEMISTRY",
          "CRP", "CHEMISTRY",
          "CALPRO", "CHEMISTRY",
          "ESR", "HEMATOLOGY",
          "HCT", "HEMATOLOGY",
          "HGB", "HEMATOLOGY",
          "WBC", "HEMATOLOGY",
          "PLAT", "HEMATOLOGY");

  /**
   * DSDECOD protocol milestones and disposition terms with their C-codes (CT NCOMPLT, PROTMLST).
   */
  static final Map<String, String> DISPOSITION_CODES =
      Map.of(
          "INFORMED CONSENT OBTAINED", "C16735",
          "INFORMED ASSENT OBTAINED", "C161418",
          "RANDOMIZED", "C114209",
          "COMPLETED", "C25250",
          "ADVERSE EVENT", "C41331",
          "LACK OF EFFICACY", "C48226");

  private CdiscTerms() {}

  /** The CT term of a test, if CDISC has the code. */
  static Optional<Term> test(String dataset, String testCode) {
    return Optional.ofNullable(TESTS.get(dataset + "." + testCode));
  }

  static Optional<String> specimen(String dataset, String testCode) {
    return Optional.ofNullable(SPECIMEN.get(dataset + "." + testCode));
  }

  static Optional<String> labCategory(String testCode) {
    return Optional.ofNullable(LAB_CATEGORY.get(testCode));
  }
}
