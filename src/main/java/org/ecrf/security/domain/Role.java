package org.ecrf.security.domain;

/**
 * The roles of the platform. Site roles are granted per site and give access to that site's
 * subjects only; the others are study-wide.
 */
public enum Role {
  ADMIN(false),
  INVESTIGATOR(true),
  NURSE(true),
  MONITOR(true),
  DATA_MANAGER(false),
  SPONSOR(false);

  private final boolean siteScoped;

  Role(boolean siteScoped) {
    this.siteScoped = siteScoped;
  }

  /** True for roles that are always granted at a site (investigator, nurse, monitor). */
  public boolean isSiteScoped() {
    return siteScoped;
  }

  /** The message-bundle key of the role's display name. */
  public String labelKey() {
    return "role." + name();
  }
}
