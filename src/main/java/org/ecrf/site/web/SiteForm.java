package org.ecrf.site.web;

import java.io.Serializable;

/**
 * The fields of the site dialog; {@code existing} tells an edit from a new site (whose code can
 * still be chosen).
 */
public class SiteForm implements Serializable {

  private String code;
  private String name;
  private String countryCode;
  private String timeZone;
  private boolean active;
  private boolean existing;

  static SiteForm of(SiteListView.SiteRow row) {
    SiteForm form = new SiteForm();
    form.code = row.code();
    form.name = row.name();
    form.countryCode = row.countryCode();
    form.timeZone = row.timeZone();
    form.active = row.active();
    form.existing = true;
    return form;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public boolean isExisting() {
    return existing;
  }
}
