package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * A user of the AdminData, whom UserRef elements of audit records and signatures name: enough to
 * attribute every change and signature, and no more personal data than that.
 *
 * @param oid the user's OID
 * @param userType what kind of user
 * @param loginName the login name
 * @param fullName the full name
 * @param organization the organisation the user belongs to
 * @param locationOids the locations the user works at
 */
public record UserData(
    String oid,
    Optional<UserType> userType,
    Optional<String> loginName,
    Optional<String> fullName,
    Optional<String> organization,
    List<String> locationOids) {

  public UserData {
    Require.key(oid, "oid");
    Require.present(userType, "userType");
    Require.present(loginName, "loginName");
    Require.present(fullName, "fullName");
    Require.present(organization, "organization");
    locationOids = Require.list(locationOids, "locationOids");
    locationOids.forEach(location -> Require.key(location, "locationOids"));
  }
}
