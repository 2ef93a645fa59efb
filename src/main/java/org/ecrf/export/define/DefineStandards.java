package org.ecrf.export.define;

import java.util.Objects;

/**
 * The standards a define's datasets and code lists follow (def:Standards): one implementation guide
 * and one CDISC controlled terminology release.
 *
 * @param guideName the implementation guide, as Define-XML names it ({@code SDTMIG})
 * @param guideVersion its version ({@code 3.4})
 * @param terminologyVersion the CDISC/NCI SDTM terminology release date ({@code 2025-03-25})
 */
public record DefineStandards(String guideName, String guideVersion, String terminologyVersion) {

  /**
   * SDTMIG 3.4 with CDISC SDTM controlled terminology 2025-03-25, the release the study's codes
   * were taken from (ibd-trial-spec.md §4).
   */
  public static final DefineStandards SDTMIG_3_4 =
      new DefineStandards("SDTMIG", "3.4", "2025-03-25");

  public DefineStandards {
    Objects.requireNonNull(guideName, "guideName");
    Objects.requireNonNull(guideVersion, "guideVersion");
    Objects.requireNonNull(terminologyVersion, "terminologyVersion");
  }

  /** The def:Standard OID of the implementation guide ({@code STD.SDTMIG.3.4}). */
  public String guideOid() {
    return "STD." + guideName + "." + guideVersion;
  }

  /** The def:Standard OID of the terminology ({@code STD.CT.SDTM.2025-03-25}). */
  public String terminologyOid() {
    return "STD.CT.SDTM." + terminologyVersion;
  }
}
