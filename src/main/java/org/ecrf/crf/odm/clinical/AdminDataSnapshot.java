package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * The users, locations and signature definitions that the audit records, signatures and site
 * references of the clinical data name. ODM 1.3.2 puts AdminData before ClinicalData in the file.
 *
 * @param studyOid the study the administrative data belong to
 * @param users the users
 * @param locations the sites and other locations
 * @param signatureDefs the signature definitions
 */
public record AdminDataSnapshot(
    Optional<String> studyOid,
    List<UserData> users,
    List<LocationData> locations,
    List<SignatureDefData> signatureDefs) {

  public AdminDataSnapshot {
    Require.optionalKey(studyOid, "studyOid");
    users = Require.list(users, "users");
    locations = Require.list(locations, "locations");
    signatureDefs = Require.list(signatureDefs, "signatureDefs");
  }
}
