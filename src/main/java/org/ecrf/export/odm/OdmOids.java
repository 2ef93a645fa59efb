package org.ecrf.export.odm;

import java.util.List;
import org.ecrf.crf.odm.clinical.StudyMetadata.EnumeratedCodeList;

/**
 * The OIDs the export makes up for what the platform keeps under other names: users (by login
 * name), sites (by site code), signature meanings and the code list of query statuses. ODM OIDs are
 * plain strings; the prefixes keep them apart from the study definition's OIDs.
 */
public final class OdmOids {

  /** The code list of the query status flags, added to every MetaDataVersion written. */
  public static final String QUERY_STATUS_CODE_LIST = "CL.ECRF_QUERY_STATUS";

  /** The statuses a query flag takes (monitoring.domain.QueryStatus by name). */
  public static final EnumeratedCodeList QUERY_STATUSES =
      new EnumeratedCodeList(
          QUERY_STATUS_CODE_LIST, "eCRF query status", List.of("OPEN", "ANSWERED", "CLOSED"));

  private OdmOids() {}

  /** {@code U.inv.ber} for the login name {@code inv.ber}. */
  public static String user(String loginName) {
    return "U." + loginName;
  }

  /** {@code LOC.BER} for the site code {@code BER}. */
  public static String location(String siteCode) {
    return "LOC." + siteCode;
  }

  /** {@code SD.1}, {@code SD.2}… for the signature meanings in the order they are listed. */
  public static String signatureDef(int position) {
    return "SD." + (position + 1);
  }
}
