package org.ecrf.site.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteDetails;
import org.ecrf.site.domain.SiteRepository;

/**
 * Sites: administrators create and edit them (audited); every signed-in user sees the sites whose
 * clinical data they may see. A site is never deleted, only deactivated, because subject keys and
 * audit events name it.
 */
@ApplicationScoped
@Transactional
public class SiteService {

  @Inject private SiteRepository sites;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  /** Every site, for administration. */
  public List<Site> allSites() {
    currentUser.requireAnyRole(Role.ADMIN);
    return sites.all();
  }

  /**
   * The sites whose clinical data the caller may see (their own sites; all for data managers and
   * sponsors).
   */
  public List<Site> sitesOfCurrentUser() {
    SiteAccessPolicy access = currentUser.access();
    return sites.all().stream().filter(site -> access.canSeeClinicalDataAt(site.code())).toList();
  }

  /**
   * The sites an API caller gets listed: every site for administrators, the visible ones for
   * everybody else.
   */
  public List<Site> sitesForCaller() {
    return currentUser.hasRole(Role.ADMIN) ? sites.all() : sitesOfCurrentUser();
  }

  /**
   * One site of those the caller gets listed ({@link #sitesForCaller}); the same answer for an
   * unknown site and one of another site's.
   */
  public Site visibleSite(String code) {
    String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    return sitesForCaller().stream()
        .filter(site -> site.code().equals(normalised))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No site " + code));
  }

  public Site create(String code, SiteDetails details) {
    currentUser.requireAnyRole(Role.ADMIN);
    String checkedCode;
    try {
      checkedCode = Site.checkedCode(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("code", e.getMessage());
    }
    if (sites.byCode(checkedCode).isPresent()) {
      throw new ConflictException("A site with the code " + checkedCode + " exists");
    }
    Site site = valid(() -> new Site(checkedCode, details, clock.instant()));
    sites.add(site);
    auditTrail.record(
        audit(AuditEventType.SITE_CREATED, site).withValues(null, site.details().toString()));
    return site;
  }

  public Site update(String code, SiteDetails details, boolean active) {
    currentUser.requireAnyRole(Role.ADMIN);
    Site site = sites.byCode(code).orElseThrow(() -> new NotFoundException("No site " + code));
    String before = describe(site);
    valid(
        () -> {
          site.update(details);
          site.setActive(active);
          return site;
        });
    String after = describe(site);
    if (!before.equals(after)) {
      auditTrail.record(audit(AuditEventType.SITE_UPDATED, site).withValues(before, after));
    }
    return site;
  }

  /** Site codes known to the platform (for pick lists). */
  public Set<String> siteCodes() {
    return sites.all().stream().map(Site::code).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String describe(Site site) {
    return site.details() + (site.isActive() ? "" : ", inactive");
  }

  private AuditEntry audit(AuditEventType type, Site site) {
    return AuditEntry.of(
            type, currentUser.account().username(), currentUser.source(), "site:" + site.code())
        .atSite(site.code(), Role.ADMIN.name());
  }

  private static Site valid(Supplier<Site> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("site", e.getMessage());
    }
  }
}
