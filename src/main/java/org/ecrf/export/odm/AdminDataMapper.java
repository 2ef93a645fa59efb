package org.ecrf.export.odm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.odm.clinical.AdminDataSnapshot;
import org.ecrf.crf.odm.clinical.LocationData;
import org.ecrf.crf.odm.clinical.LocationType;
import org.ecrf.crf.odm.clinical.MetaDataVersionRefData;
import org.ecrf.crf.odm.clinical.SignatureDefData;
import org.ecrf.crf.odm.clinical.SignatureMethod;
import org.ecrf.crf.odm.clinical.UserData;
import org.ecrf.crf.odm.clinical.UserType;
import org.ecrf.security.domain.Role;

/**
 * The AdminData of the export: the users the audit records and signatures name (login and display
 * name only: no e-mail, no password data), the sites as Locations with the study versions written,
 * and one SignatureDef per signature meaning (ODM 1.3.2 puts SignatureDef in AdminData).
 */
public final class AdminDataMapper {

  /** Why a form signature binds: the platform's signatures follow 21 CFR 11.50 and 11.200. */
  public static final String LEGAL_REASON =
      "21 CFR Part 11 electronic signature (11.50 manifestation, 11.200 components)";

  /** The platform's own actor, which derives values and raises automatic queries. */
  public static final String SYSTEM_ACTOR = "system";

  private AdminDataMapper() {}

  /**
   * A user: Investigator for holders of the investigator role, Sponsor for sponsors, Other for
   * everyone else (nurses, monitors, data managers, the platform itself); an account that no longer
   * exists is written by its login name alone.
   */
  public static UserData user(String loginName, Optional<String> displayName, Set<Role> roles) {
    Optional<String> fullName =
        loginName.equals(SYSTEM_ACTOR) && displayName.isEmpty()
            ? Optional.of("eCRF platform (derived values, automatic checks)")
            : displayName;
    return new UserData(
        OdmOids.user(loginName),
        Optional.of(userType(roles)),
        Optional.of(loginName),
        fullName,
        Optional.empty(),
        List.of());
  }

  static UserType userType(Set<Role> roles) {
    if (roles.contains(Role.INVESTIGATOR)) {
      return UserType.INVESTIGATOR;
    }
    return roles.contains(Role.SPONSOR) ? UserType.SPONSOR : UserType.OTHER;
  }

  /** A site, using the versions written from the dates given. */
  public static LocationData site(
      String siteCode, String name, List<MetaDataVersionRefData> versions) {
    return new LocationData(
        OdmOids.location(siteCode), name, Optional.of(LocationType.SITE), versions);
  }

  /** The signature definitions, one per meaning, in order ({@link OdmOids#signatureDef}). */
  public static List<SignatureDefData> signatureDefs(List<String> meanings) {
    List<SignatureDefData> definitions = new ArrayList<>();
    for (String meaning : meanings) {
      definitions.add(
          new SignatureDefData(
              OdmOids.signatureDef(definitions.size()),
              Optional.of(SignatureMethod.ELECTRONIC),
              meaning,
              LEGAL_REASON));
    }
    return definitions;
  }

  public static AdminDataSnapshot adminData(
      String studyOid, List<UserData> users, List<LocationData> sites, List<String> meanings) {
    return new AdminDataSnapshot(Optional.of(studyOid), users, sites, signatureDefs(meanings));
  }
}
