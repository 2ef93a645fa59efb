package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * A site or other location of the AdminData, which LocationRef and SiteRef elements name.
 *
 * @param oid the location's OID
 * @param name its name
 * @param locationType what kind of location it is
 * @param metaDataVersions the study versions it uses; ODM requires at least one
 */
public record LocationData(
    String oid,
    String name,
    Optional<LocationType> locationType,
    List<MetaDataVersionRefData> metaDataVersions) {

  public LocationData {
    Require.key(oid, "oid");
    Require.key(name, "name");
    Require.present(locationType, "locationType");
    metaDataVersions = Require.list(metaDataVersions, "metaDataVersions");
    if (metaDataVersions.isEmpty()) {
      throw new IllegalArgumentException("Location " + oid + " needs a MetaDataVersionRef");
    }
  }
}
