package org.ecrf.crf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OidKindTest {

  @ParameterizedTest
  @CsvSource({
    "ITEM, I.PUCAI_PAIN",
    "ITEM, I.SESCD_ILEUM_ULCER_SIZE",
    "ITEM, I.X",
    "ITEM, I.1",
    "STUDY_EVENT, SE.WEEK0",
    "FORM, F.ENDO_UC",
    "CODE_LIST, CL.NY",
    "MEASUREMENT_UNIT, MU.MG_L",
    "METHOD, MT.PUCAI_TOTAL",
    "CONDITION, CD.NOT_UC",
    "ARM, ARM.TDM",
    "DOSING_RULE, DR.SHORTEN",
    "METADATA_VERSION, MDV.1",
    "LOCATION, LOC.BER",
    "STUDY, TOPIT",
    "STUDY, TOPIT_2"
  })
  void acceptsOidsThatFollowTheRule(OidKind kind, String oid) {
    assertThat(kind.namingProblem(oid)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "ITEM, I.PUCAI-PAIN, contains a hyphen",
    "ITEM, 1.PUCAI, starts with a digit",
    "ITEM, I.pucai_pain, has characters other than upper-case letters",
    "ITEM, I.PUCAI.PAIN, has characters other than upper-case letters",
    "ITEM, I., has characters other than upper-case letters",
    "ITEM, IT.PUCAI_PAIN, does not start with the prefix I.",
    "ITEM, PUCAI_PAIN, does not start with the prefix I.",
    "FORM, IG.PUCAI, does not start with the prefix F.",
    "CONDITION, C.VSNOTDONE, does not start with the prefix CD.",
    "STUDY, ST.PIBD.IFX, is not upper-case letters",
    "STUDY, topit, is not upper-case letters",
    "STUDY, 2TOPIT, starts with a digit"
  })
  void namesWhatBreaksTheRule(OidKind kind, String oid, String problem) {
    assertThat(kind.namingProblem(oid))
        .hasValueSatisfying(text -> assertThat(text).startsWith(problem));
  }

  @ParameterizedTest
  @CsvSource({"USER, user-1", "SIGNATURE, sig.1", "PRESENTATION, p"})
  void leavesKindsWithoutARuleAlone(OidKind kind, String oid) {
    assertThat(kind.namingProblem(oid)).isEmpty();
  }
}
