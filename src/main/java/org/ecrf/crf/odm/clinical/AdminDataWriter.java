package org.ecrf.crf.odm.clinical;

import java.io.IOException;

/**
 * Writes AdminData in ODM 1.3.2 order: User* (LoginName, FullName, Organization, LocationRef*),
 * Location* (MetaDataVersionRef+), SignatureDef* (Meaning, LegalReason).
 */
final class AdminDataWriter {

  private final XmlOut out;

  AdminDataWriter(XmlOut out) {
    this.out = out;
  }

  void write(AdminDataSnapshot adminData) throws IOException {
    out.start(
        "AdminData", "AdminData", XmlOut.Attributes.none().add("StudyOID", adminData.studyOid()));
    for (UserData user : adminData.users()) {
      user(user);
    }
    for (LocationData location : adminData.locations()) {
      location(location);
    }
    for (SignatureDefData definition : adminData.signatureDefs()) {
      out.start(
          "SignatureDef",
          "SignatureDef " + definition.oid(),
          XmlOut.Attributes.none()
              .add("OID", definition.oid())
              .add("Methodology", definition.methodology().map(SignatureMethod::odmName)));
      out.text("Meaning", XmlOut.Attributes.none(), definition.meaning());
      out.text("LegalReason", XmlOut.Attributes.none(), definition.legalReason());
      out.end("SignatureDef");
    }
    out.end("AdminData");
  }

  private void user(UserData user) throws IOException {
    out.start(
        "User",
        "User " + user.oid(),
        XmlOut.Attributes.none()
            .add("OID", user.oid())
            .add("UserType", user.userType().map(UserType::odmName)));
    if (user.loginName().isPresent()) {
      out.text("LoginName", XmlOut.Attributes.none(), user.loginName().get());
    }
    if (user.fullName().isPresent()) {
      out.text("FullName", XmlOut.Attributes.none(), user.fullName().get());
    }
    if (user.organization().isPresent()) {
      out.text("Organization", XmlOut.Attributes.none(), user.organization().get());
    }
    for (String location : user.locationOids()) {
      out.empty("LocationRef", XmlOut.Attributes.none().add("LocationOID", location));
    }
    out.end("User");
  }

  private void location(LocationData location) throws IOException {
    out.start(
        "Location",
        "Location " + location.oid(),
        XmlOut.Attributes.none()
            .add("OID", location.oid())
            .add("Name", location.name())
            .add("LocationType", location.locationType().map(LocationType::odmName)));
    for (MetaDataVersionRefData version : location.metaDataVersions()) {
      out.empty(
          "MetaDataVersionRef",
          XmlOut.Attributes.none()
              .add("StudyOID", version.studyOid())
              .add("MetaDataVersionOID", version.metaDataVersionOid())
              .add("EffectiveDate", version.effectiveDate().toString()));
    }
    out.end("Location");
  }
}
