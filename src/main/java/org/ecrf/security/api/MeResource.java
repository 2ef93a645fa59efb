package org.ecrf.security.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecrf.security.application.AccountService;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.site.application.SiteService;
import org.ecrf.site.domain.Site;

/**
 * The caller: {@code GET /api/v1/me} (who, roles, visible sites) and {@code POST
 * /api/v1/me/password}.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private CurrentUser currentUser;
  @Inject private SiteService siteService;
  @Inject private AccountService accountService;

  @GET
  public Me me() {
    UserAccount account = currentUser.account();
    return new Me(
        account.username(),
        account.displayName(),
        account.roleAssignments().stream().map(UserJson.RoleJson::of).toList(),
        siteService.sitesOfCurrentUser().stream().map(Site::code).toList());
  }

  @POST
  @Path("password")
  public Response changePassword(UserRequests.PasswordChange body) {
    Requests.required(body);
    accountService.changeOwnPassword(
        Requests.text(body.currentPassword(), "currentPassword").toCharArray(),
        Requests.text(body.newPassword(), "newPassword").toCharArray());
    return Response.noContent().build();
  }

  /** The caller's identity, roles and the sites whose clinical data they may see. */
  public record Me(
      String username, String displayName, List<UserJson.RoleJson> roles, List<String> sites) {}
}
