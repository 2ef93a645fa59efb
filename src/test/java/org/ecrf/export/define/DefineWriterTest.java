package org.ecrf.export.define;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.VariableTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefineWriterTest {

  private static byte[] written;
  private static DefineDocument define;

  @BeforeAll
  static void write() throws Exception {
    written = DefineFixture.written(DefineFixture.content());
    define = new DefineDocument(written);
  }

  @Test
  void writesADefineTheSchemaAccepts() throws IOException {
    assertThat(DefineSchema.instance().validate(new ByteArrayInputStream(written))).isEmpty();
  }

  @Test
  void writesTheFileHeaderForASubmission() throws Exception {
    assertThat(define.value("/odm:ODM/@FileType")).isEqualTo("Snapshot");
    assertThat(define.value("/odm:ODM/@ODMVersion")).isEqualTo("1.3.2");
    assertThat(define.value("/odm:ODM/@def:Context")).isEqualTo("Submission");
    assertThat(define.value("/odm:ODM/@CreationDateTime")).isEqualTo("2026-11-25T08:30:00Z");
    assertThat(define.value("/odm:ODM/@FileOID"))
        .isEqualTo("DEFINE.TOPIT.MDV.TOPIT.SDTMIG.3.4.1.20261125T083000Z");
    assertThat(define.value("//odm:GlobalVariables/odm:ProtocolName"))
        .isEqualTo("TOPIT (NCT02522169)");
    assertThat(define.value("//odm:MetaDataVersion/@def:DefineVersion")).isEqualTo("2.1.0");
  }

  @Test
  void namesTheGuideAndTheTerminologyRelease() throws Exception {
    assertThat(define.values("//def:Standard/@Name")).containsExactly("SDTMIG", "CDISC/NCI");
    assertThat(define.values("//def:Standard/@Version")).containsExactly("3.4", "2025-03-25");
    assertThat(define.value("//def:Standard[@Type='CT']/@PublishingSet")).isEqualTo("SDTM");
  }

  @Test
  void listsTheVariablesInDatasetOrder() throws Exception {
    assertThat(define.values("//odm:ItemGroupDef[@OID='IG.LB']/odm:ItemRef/@ItemOID"))
        .containsExactly(
            "IT.LB.STUDYID",
            "IT.LB.DOMAIN",
            "IT.LB.USUBJID",
            "IT.LB.LBSEQ",
            "IT.LB.LBTESTCD",
            "IT.LB.LBTEST",
            "IT.LB.LBORRES",
            "IT.LB.LBORRESU",
            "IT.LB.LBSTRESN",
            "IT.LB.VISITNUM",
            "IT.LB.LBDTC");
    assertThat(define.values("//odm:ItemGroupDef[@OID='IG.LB']/odm:ItemRef/@OrderNumber"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
  }

  @Test
  void writesTheKeySequenceOfKeyVariablesOnly() throws Exception {
    assertThat(define.values("//odm:ItemGroupDef[@OID='IG.LB']/odm:ItemRef[@KeySequence]/@ItemOID"))
        .containsExactly(
            "IT.LB.STUDYID", "IT.LB.USUBJID", "IT.LB.LBTESTCD", "IT.LB.VISITNUM", "IT.LB.LBDTC");
    assertThat(
            define.values(
                "//odm:ItemGroupDef[@OID='IG.TS']/odm:ItemRef[@KeySequence]/@KeySequence"))
        .containsExactly("1", "3", "2");
  }

  @ParameterizedTest
  @CsvSource({
    "IT.DM.USUBJID, Yes, Identifier",
    "IT.DM.AGE, No, Record Qualifier",
    "IT.LB.LBTESTCD, Yes, Topic",
    "IT.LB.LBORRES, No, Result Qualifier",
  })
  void writesMandatoryAndRole(String item, String mandatory, String role) throws Exception {
    String ref = "//odm:ItemRef[@ItemOID='" + item + "']";
    assertThat(define.value(ref + "/@Mandatory")).isEqualTo(mandatory);
    assertThat(define.value(ref + "/@Role")).isEqualTo(role);
  }

  @ParameterizedTest
  @CsvSource({
    "IG.DM, DM, DM, No, No, SPECIAL PURPOSE, dm.xpt",
    "IG.LB, LB, LB, Yes, No, FINDINGS, lb.xpt",
    "IG.TS, TS, TS, No, Yes, TRIAL DESIGN, ts.xpt",
    "IG.SUPPDM, SUPPDM, DM, Yes, No, RELATIONSHIP, suppdm.xpt",
  })
  void describesEachDataset(
      String oid,
      String name,
      String domain,
      String repeating,
      String reference,
      String datasetClass,
      String file)
      throws Exception {
    String group = "//odm:ItemGroupDef[@OID='" + oid + "']";
    assertThat(define.value(group + "/@Name")).isEqualTo(name);
    assertThat(define.value(group + "/@SASDatasetName")).isEqualTo(name);
    assertThat(define.value(group + "/@Domain")).isEqualTo(domain);
    assertThat(define.value(group + "/@Purpose")).isEqualTo("Tabulation");
    assertThat(define.value(group + "/@Repeating")).isEqualTo(repeating);
    assertThat(define.value(group + "/@IsReferenceData")).isEqualTo(reference);
    assertThat(define.value(group + "/def:Class/@Name")).isEqualTo(datasetClass);
    assertThat(define.value(group + "/def:leaf/@xlink:href")).isEqualTo(file);
    assertThat(define.value(group + "/def:leaf/def:title")).isEqualTo(file);
    assertThat(define.value(group + "/@def:ArchiveLocationID"))
        .isEqualTo(define.value(group + "/def:leaf/@ID"));
    assertThat(define.value(group + "/@def:StandardOID")).isEqualTo("STD.SDTMIG.3.4");
  }

  @ParameterizedTest
  @CsvSource({
    "IT.DM.AGE, integer, 8, Derived, Sponsor",
    "IT.LB.LBSTRESN, float, 8, Derived, Sponsor",
    "IT.LB.LBDTC, datetime, '', Collected, Investigator",
    "IT.LB.LBORRES, text, 20, Collected, Investigator",
    "IT.DM.SITEID, text, 6, Assigned, Sponsor",
    "IT.TS.TSVAL, text, 200, Protocol, ''",
  })
  void describesEachVariable(
      String oid, String dataType, String length, String origin, String source) throws Exception {
    String item = "//odm:ItemDef[@OID='" + oid + "']";
    assertThat(define.value(item + "/@DataType")).isEqualTo(dataType);
    assertThat(define.value(item + "/@Length")).isEqualTo(length);
    assertThat(define.value(item + "/def:Origin/@Type")).isEqualTo(origin);
    assertThat(define.value(item + "/def:Origin/@Source")).isEqualTo(source);
  }

  @Test
  void writesOneItemDefPerDatasetVariable() throws Exception {
    assertThat(define.count("//odm:ItemDef")).isEqualTo(11 + 11 + 6 + 10 + 4 + 2);
    assertThat(define.value("//odm:ItemDef[@OID='IT.LB.LBDTC']/odm:Description/odm:TranslatedText"))
        .isEqualTo("Date/Time of Specimen Collection");
    assertThat(define.value("//odm:ItemDef[@OID='IT.LB.LBDTC']/@SASFieldName")).isEqualTo("LBDTC");
  }

  @Test
  void pointsCodedVariablesAtTheirCodeList() throws Exception {
    assertThat(define.value("//odm:ItemDef[@OID='IT.LB.LBTESTCD']/odm:CodeListRef/@CodeListOID"))
        .isEqualTo("CL.LB.LBTESTCD");
    assertThat(define.count("//odm:ItemDef[@OID='IT.LB.LBTEST']/odm:CodeListRef")).isZero();
    assertThat(define.values("//odm:CodeList/@OID"))
        .containsExactly("CL.LB.LBTESTCD", "CL.DM.SEX", "CL.DM.AGEU", "CL.SUPPDM.QNAM");
  }

  @Test
  void writesTheStudyTestCodesWithMeaningsAndCodes() throws Exception {
    String list = "//odm:CodeList[@OID='CL.LB.LBTESTCD']";
    assertThat(define.values(list + "/odm:CodeListItem/@CodedValue"))
        .containsExactly("CRP", "ALB", "CALPRO", "IFXTROUG");
    assertThat(define.values(list + "/odm:CodeListItem/odm:Decode/odm:TranslatedText"))
        .containsExactly(
            "C Reactive Protein", "Albumin", "Calprotectin", "Infliximab Trough Concentration");
    assertThat(define.values(list + "/odm:CodeListItem/odm:Alias[@Context='nci:ExtCodeID']/@Name"))
        .containsExactly("C64548", "C64431", "C82005");
    assertThat(define.value(list + "/@def:StandardOID")).isEqualTo("STD.CT.SDTM.2025-03-25");
  }

  @Test
  void marksOnlyTheSponsorTermAsExtended() throws Exception {
    assertThat(define.values("//odm:CodeListItem[@def:ExtendedValue='Yes']/@CodedValue"))
        .containsExactly("IFXTROUG");
  }

  @Test
  void writesValuesWithoutMeaningAsEnumeratedItems() throws Exception {
    assertThat(define.values("//odm:CodeList[@OID='CL.DM.AGEU']/odm:EnumeratedItem/@CodedValue"))
        .containsExactly("YEARS");
    assertThat(define.count("//odm:CodeList[@OID='CL.DM.AGEU']/odm:CodeListItem")).isZero();
  }

  @Test
  void decodesATermWithoutMeaningToItsCodeInADecodedList() throws Exception {
    VariableTerms mixed =
        new VariableTerms(
            "DM",
            "SEX",
            "SEX",
            false,
            List.of(new Term("F", "Female", "C16576"), new Term("U", "", "C17998")));
    DefineDocument document = new DefineDocument(DefineFixture.written(withTerms(mixed)));

    assertThat(document.values("//odm:CodeList/odm:CodeListItem/odm:Decode/odm:TranslatedText"))
        .containsExactly("Female", "U");
  }

  @Test
  void leavesASponsorListWithoutStandard() throws Exception {
    VariableTerms sponsor =
        new VariableTerms(
            "DM",
            "ARMCD",
            "ARMCD",
            false,
            List.of(
                new Term("TLG", "Trough-level-guided dosing", ""),
                new Term("STD", "Standard dosing", "")));
    byte[] bytes = DefineFixture.written(withTerms(sponsor));
    DefineDocument document = new DefineDocument(bytes);

    assertThat(document.count("//odm:CodeList/@def:StandardOID")).isZero();
    assertThat(document.count("//odm:CodeListItem/@def:ExtendedValue")).isZero();
    assertThat(DefineSchema.instance().validate(new ByteArrayInputStream(bytes))).isEmpty();
  }

  @Test
  void describesTheResultOncePerTestCode() throws Exception {
    assertThat(define.values("//def:ValueListDef/@OID"))
        .containsExactly("VL.LB.LBORRES", "VL.SUPPDM.QVAL");
    assertThat(define.values("//def:ValueListDef[@OID='VL.LB.LBORRES']/odm:ItemRef/@ItemOID"))
        .containsExactly(
            "IT.LB.LBORRES.CRP",
            "IT.LB.LBORRES.ALB",
            "IT.LB.LBORRES.CALPRO",
            "IT.LB.LBORRES.IFXTROUG");
    assertThat(
            define.value(
                "//def:ValueListDef/odm:ItemRef[@ItemOID='IT.LB.LBORRES.CRP']/def:WhereClauseRef"
                    + "/@WhereClauseOID"))
        .isEqualTo("WC.LB.LBTESTCD.CRP");
    assertThat(define.value("//odm:ItemDef[@OID='IT.LB.LBORRES']/def:ValueListRef/@ValueListOID"))
        .isEqualTo("VL.LB.LBORRES");
  }

  @Test
  void selectsEachTestByItsCode() throws Exception {
    String clause = "//def:WhereClauseDef[@OID='WC.LB.LBTESTCD.IFXTROUG']/odm:RangeCheck";
    assertThat(define.value(clause + "/@Comparator")).isEqualTo("EQ");
    assertThat(define.value(clause + "/@def:ItemOID")).isEqualTo("IT.LB.LBTESTCD");
    assertThat(define.values(clause + "/odm:CheckValue")).containsExactly("IFXTROUG");
    assertThat(define.count("//def:WhereClauseDef")).isEqualTo(4 + 2);
    assertThat(
            define.values(
                "//def:WhereClauseDef[@OID='WC.SUPPDM.QNAM.STRATDX']/odm:RangeCheck"
                    + "/odm:CheckValue"))
        .containsExactly("STRATDX");
  }

  @Test
  void givesEachTestsResultTheResultVariablesDefinition() throws Exception {
    String item = "//odm:ItemDef[@OID='IT.LB.LBORRES.CALPRO']";
    assertThat(define.value(item + "/@Name")).isEqualTo("LBORRES");
    assertThat(define.value(item + "/@DataType")).isEqualTo("text");
    assertThat(define.value(item + "/@Length")).isEqualTo("20");
    assertThat(define.value(item + "/odm:Description/odm:TranslatedText"))
        .isEqualTo("Calprotectin");
    assertThat(define.value(item + "/def:Origin/@Type")).isEqualTo("Collected");
  }

  @Test
  void keepsLineBreaksAndMarkupInTextAsWritten() throws Exception {
    VariableTerms awkward =
        new VariableTerms(
            "DM", "SEX", "SEX", false, List.of(new Term("F", "Female <\"&'>\tline\nbreak", "")));
    DefineDocument document = new DefineDocument(DefineFixture.written(withTerms(awkward)));

    assertThat(document.value("//odm:CodeListItem/odm:Decode/odm:TranslatedText"))
        .isEqualTo("Female <\"&'>\tline\nbreak");
  }

  @Test
  void refusesACharacterXmlCannotCarryNamingWhere() {
    VariableTerms control =
        new VariableTerms("DM", "SEX", "SEX", false, List.of(new Term("F\u0001", "Female", "")));

    assertThatThrownBy(() -> DefineFixture.written(withTerms(control)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CodedValue")
        .hasMessageContaining("CodeList CL.DM.SEX")
        .hasMessageContaining("U+0001");
  }

  private static DefineContent withTerms(VariableTerms terms) {
    DefineContent base = DefineFixture.content();
    return new DefineContent(
        base.study(),
        base.standards(),
        base.datasets(),
        List.of(terms),
        base.fileNames(),
        base.created());
  }
}
