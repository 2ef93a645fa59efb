package org.ecrf.site.domain;

/** The editable facts of a site: its name, ISO 3166-1 alpha-3 country and IANA time zone. */
public record SiteDetails(String name, String countryCode, String timeZone) {

  @Override
  public String toString() {
    return name + ", " + countryCode + ", " + timeZone;
  }
}
