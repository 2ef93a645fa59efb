package org.ecrf.dosing.application;

import java.util.List;

/**
 * The fixed form and item OIDs the dosing advice reads (issue 6: exports and automated checks rely
 * on them): the trough form of a visit and the infusion form.
 */
public final class DosingItems {

  public static final String TROUGH_FORM = "F.TROUGH";
  public static final String TROUGH_LEVEL = "I.TROUGH_IFX";
  public static final String TROUGH_BLQ = "I.TROUGH_IFX_BLQ";
  public static final String TROUGH_LLOQ = "I.TROUGH_LLOQ";
  public static final String TROUGH_DATE = "I.TROUGH_DATE";
  public static final String ATI_STATUS = "I.ATI_STATUS";
  public static final String ATI_VALUE = "I.ATI_VALUE";

  public static final String INFUSION_FORM = "F.INFUSION";
  public static final String WEIGHT = "I.INF_WEIGHT_KG";
  public static final String DATE = "I.INF_DATE";
  public static final String DOSE_MGKG = "I.INF_DOSE_MGKG";
  public static final String DOSE_MG = "I.INF_DOSE_MG";
  public static final String REC_DOSE_MGKG = "I.INF_REC_DOSE_MGKG";
  public static final String REC_INTERVAL_WEEKS = "I.INF_REC_INTERVAL_WEEKS";
  public static final String REC_RULE = "I.INF_REC_RULE";
  public static final String DECISION = "I.INF_DECISION";
  public static final String DECISION_REASON = "I.INF_DECISION_REASON";

  /** The items of the trough form the advice reads. */
  public static final List<String> TROUGH_ITEMS =
      List.of(TROUGH_LEVEL, TROUGH_BLQ, TROUGH_LLOQ, TROUGH_DATE, ATI_STATUS);

  /** The items of the infusion form the advice and the deviation listing read. */
  public static final List<String> INFUSION_ITEMS =
      List.of(
          DATE,
          WEIGHT,
          DOSE_MGKG,
          DOSE_MG,
          REC_DOSE_MGKG,
          REC_INTERVAL_WEEKS,
          REC_RULE,
          DECISION,
          DECISION_REASON);

  /**
   * The items whose values reveal a trough level or antibody result, directly or through the advice
   * derived from them: a caller blinded to any of them sees no advice beyond the standard regimen.
   */
  public static final List<String> LEVEL_REVEALING =
      List.of(TROUGH_LEVEL, TROUGH_BLQ, ATI_STATUS, ATI_VALUE, REC_RULE);

  private DosingItems() {}
}
