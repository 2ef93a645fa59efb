package org.ecrf.crf.domain;

/**
 * A study arm (extension element {@code edc:Arm} in Protocol).
 *
 * @param oid e.g. {@code ARM.TDM}
 * @param code what subjects are allocated to, seen by expressions as {@code $ARM} and exported as
 *     SDTM DM.ARMCD (e.g. {@code TDM})
 * @param name the arm's label (DM.ARM), e.g. "Trough-level-guided dosing"
 */
public record ArmDef(String oid, String code, String name) {}
