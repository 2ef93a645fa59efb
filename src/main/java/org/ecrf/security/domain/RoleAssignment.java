package org.ecrf.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ecrf.site.domain.Site;

/** A role held by a user: at one site for site roles, study-wide for the others. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private UserAccount user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "site_id", updatable = false)
  private Site site;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "granted_by", nullable = false, updatable = false)
  private String grantedBy;

  protected RoleAssignment() {}

  RoleAssignment(UserAccount user, Role role, Site site, String grantedBy, Instant grantedAt) {
    if (role.isSiteScoped() && site == null) {
      throw new IllegalArgumentException(
          "The role " + role + " is granted at a site: choose the site");
    }
    if (!role.isSiteScoped() && site != null) {
      throw new IllegalArgumentException(
          "The role " + role + " is study-wide and is not granted at a site");
    }
    this.user = user;
    this.role = role;
    this.site = site;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  public Long id() {
    return id;
  }

  public Role role() {
    return role;
  }

  /** The site's code, or null for a study-wide role. */
  public String siteCode() {
    return site == null ? null : site.code();
  }

  public Site site() {
    return site;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public String grantedBy() {
    return grantedBy;
  }

  boolean matches(Role role, String siteCode) {
    return this.role == role && java.util.Objects.equals(siteCode(), siteCode);
  }

  public SiteAccessPolicy.Grant grant() {
    return new SiteAccessPolicy.Grant(role, siteCode());
  }

  /** "INVESTIGATOR at POT" or "DATA_MANAGER", as the audit trail records it. */
  @Override
  public String toString() {
    return site == null ? role.name() : role.name() + " at " + site.code();
  }
}
