package org.ecrf.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.site.application.SiteService;
import org.ecrf.site.domain.Site;

/** The home page: who is signed in, with which roles, and the sites they work at. */
@Named
@RequestScoped
public class HomeView {

  @Inject private CurrentUser currentUser;
  @Inject private SiteService siteService;

  private List<SiteRow> sites;

  public void load() {
    SiteAccessPolicy access = currentUser.access();
    sites =
        siteService.sitesOfCurrentUser().stream()
            .map(site -> new SiteRow(site, rolesLabel(access.rolesAt(site.code()))))
            .toList();
  }

  public List<SiteRow> getSites() {
    return sites;
  }

  public String getDisplayName() {
    return currentUser.displayName();
  }

  public String getRoles() {
    return rolesLabel(currentUser.access().roles());
  }

  public boolean isAdministrator() {
    return currentUser.hasRole(Role.ADMIN);
  }

  private static String rolesLabel(Set<Role> roles) {
    return roles.stream().map(role -> Texts.get(role.labelKey())).collect(Collectors.joining(", "));
  }

  /** A site with the roles the user holds there. */
  public record SiteRow(Site site, String roles) {}
}
