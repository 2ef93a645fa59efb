package org.ecrf.security.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecrf.security.application.NewUser;
import org.ecrf.security.application.UserAdministration;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserProfile;

/** User administration over REST (ADMIN only, as on the pages): {@code /api/v1/users}. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject private UserAdministration administration;
  @Context private UriInfo uriInfo;

  @GET
  public List<UserJson> all() {
    return administration.allUsers().stream().map(UserJson::of).toList();
  }

  @GET
  @Path("{username}")
  public UserJson one(@PathParam("username") String username) {
    return UserJson.of(administration.user(username));
  }

  @POST
  public Response create(UserRequests.Create body) {
    Requests.required(body);
    UserAccount account =
        administration.create(
            new NewUser(
                body.username(),
                new UserProfile(body.displayName(), body.email()),
                Requests.text(body.password(), "password").toCharArray()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(account.username()).build())
        .entity(UserJson.of(account))
        .build();
  }

  @PUT
  @Path("{username}")
  public UserJson update(@PathParam("username") String username, UserRequests.Update body) {
    Requests.required(body);
    administration.updateProfile(username, new UserProfile(body.displayName(), body.email()));
    if (body.active() != null) {
      administration.setActive(username, body.active());
    }
    return UserJson.of(administration.user(username));
  }

  @POST
  @Path("{username}/roles")
  public Response grant(@PathParam("username") String username, UserRequests.Grant body) {
    Requests.required(body);
    administration.grantRole(username, Requests.role(body.role()), body.site());
    return Response.status(Response.Status.CREATED)
        .entity(UserJson.of(administration.user(username)))
        .build();
  }

  @DELETE
  @Path("{username}/roles/{role}")
  public Response revoke(
      @PathParam("username") String username,
      @PathParam("role") String role,
      @QueryParam("site") String site) {
    administration.revokeRole(username, Requests.role(role), site);
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/unlock")
  public Response unlock(@PathParam("username") String username) {
    administration.unlock(username);
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/password")
  public Response resetPassword(
      @PathParam("username") String username, UserRequests.PasswordReset body) {
    Requests.required(body);
    administration.resetPassword(
        username, Requests.text(body.password(), "password").toCharArray());
    return Response.noContent().build();
  }
}
