package org.ecrf.export.define;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that turn dataset definitions into Define-XML attributes, at their boundaries. */
class DefineRulesTest {

  @ParameterizedTest
  @CsvSource({
    "LBDTC, TEXT, 19, datetime, ''",
    "RFSTDTC, TEXT, 19, datetime, ''",
    "DTC, TEXT, 10, datetime, ''",
    "LBDTCX, TEXT, 19, text, 19",
    "LBDT, TEXT, 10, text, 10",
    "AEDUR, TEXT, 20, durationDatetime, ''",
    "LBDY, INTEGER, 8, integer, 8",
    "XXDTC, INTEGER, 8, integer, 8",
    "LBSTRESN, DECIMAL, 8, float, 8",
    "LBORRES, TEXT, 1, text, 1",
    "TSVAL, TEXT, 200, text, 200",
  })
  void typesEachVariableTheWayDefineDoes(
      String name, VariableType type, int length, String dataType, String defineLength) {
    Variable variable =
        new Variable(name, "Label", type, length, "Timing", false, VariableOrigin.COLLECTED, 0);

    assertThat(ItemDefs.dataType(variable)).isEqualTo(dataType);
    assertThat(ItemDefs.length(variable).map(String::valueOf).orElse("")).isEqualTo(defineLength);
  }

  @ParameterizedTest
  @CsvSource({
    "COLLECTED, Investigator",
    "DERIVED, Sponsor",
    "ASSIGNED, Sponsor",
    "PROTOCOL, ''",
    "PREDECESSOR, ''",
  })
  void namesTheSourceOfEachOrigin(VariableOrigin origin, String source) {
    assertThat(ItemDefs.source(origin).orElse("")).isEqualTo(source);
  }

  @ParameterizedTest
  @CsvSource({
    "DM, DM",
    "LB, LB",
    "SUPPDM, DM",
    "SUPPLB, LB",
    "SUPP, SUPP",
    "SUPPQUAL, SUPPQUAL",
    "RELREC, RELREC",
  })
  void givesSupplementalDatasetsTheirParentDomain(String name, String domain) {
    assertThat(DefineWriter.domainOf(dataset(name, "RELATIONSHIP", "One record per x")))
        .isEqualTo(domain);
  }

  @ParameterizedTest
  @CsvSource({
    "SPECIAL PURPOSE, One record per subject, false",
    "SPECIAL PURPOSE, ' one record per SUBJECT ', false",
    "SPECIAL PURPOSE, One record per subject per visit, true",
    "FINDINGS, One record per lab test per visit per subject, true",
    "TRIAL DESIGN, One record per trial summary parameter value, false",
    "STUDY REFERENCE, One record per organism, false",
  })
  void repeatsUnlessOneRecordPerSubjectOrReferenceData(
      String datasetClass, String structure, boolean repeating) {
    assertThat(DefineWriter.repeating(dataset("XX", datasetClass, structure))).isEqualTo(repeating);
  }

  @ParameterizedTest
  @CsvSource({
    "LB, LBTESTCD, LBORRES",
    "TS, TSPARMCD, TSVAL",
    "SUPPDM, QNAM, QVAL",
    "LB, LBTEST, ''",
    "LB, LBORRES, ''",
    "LB, VSTESTCD, ''",
  })
  void findsTheResultATopicVariableNames(String dataset, String topic, String result) {
    Set<String> names = new LinkedHashSet<>(List.of("LBORRES", "TSVAL", "QVAL", "LBTEST", topic));
    Dataset withResults =
        new Dataset(
            dataset,
            "Label",
            "FINDINGS",
            "One record per x",
            names.stream().map(DefineRulesTest::text).toList());

    assertThat(ValueLists.resultOf(withResults, topic).map(Variable::name).orElse(""))
        .isEqualTo(result);
  }

  @ParameterizedTest
  @CsvSource({
    "0x8, false",
    "0x9, true",
    "0xA, true",
    "0xD, true",
    "0x1F, false",
    "0x20, true",
    "0xD7FF, true",
    "0xD800, false",
    "0xDFFF, false",
    "0xE000, true",
    "0xFFFD, true",
    "0xFFFE, false",
    "0x10000, true",
    "0x10FFFF, true",
  })
  void allowsTheCharactersOfXml10(String codePoint, boolean allowed) {
    assertThat(XmlCharacters.allowed(Integer.decode(codePoint))).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"'', false", "C64548, true"})
  void treatsAListWithACodeAsCdisc(String nciCode, boolean cdisc) {
    var terms =
        new org.ecrf.export.dataset.VariableTerms(
            "LB",
            "LBTESTCD",
            "LBTESTCD",
            false,
            List.of(new Term("CRP", "C Reactive Protein", nciCode)));

    assertThat(CodeLists.isCdisc(terms)).isEqualTo(cdisc);
    assertThat(CodeLists.isExtendedValue(terms, terms.terms().get(0))).isFalse();
  }

  private static Variable text(String name) {
    return Variable.text(name, "Label", 20, "Topic", false, VariableOrigin.COLLECTED);
  }

  private static Dataset dataset(String name, String datasetClass, String structure) {
    return new Dataset(
        name,
        "Label",
        datasetClass,
        structure,
        List.of(
            Variable.text(
                "STUDYID", "Study Identifier", 12, "Identifier", true, VariableOrigin.ASSIGNED)));
  }
}
