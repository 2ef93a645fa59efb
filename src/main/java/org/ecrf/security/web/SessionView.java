package org.ecrf.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.ecrf.security.application.AccountService;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;

/** The signed-in user as the page header shows them, and signing out. */
@Named
@RequestScoped
public class SessionView {

  static final String SIGNED_OUT = "ecrf.signedOut";

  @Inject private CurrentUser currentUser;
  @Inject private AccountService accountService;

  public boolean isSignedIn() {
    return currentUser.isSignedIn();
  }

  public String getDisplayName() {
    return currentUser.displayName();
  }

  public String getUsername() {
    return currentUser.username().orElse("");
  }

  public boolean hasRole(String role) {
    return currentUser.hasRole(Role.valueOf(role));
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String username = currentUser.username().orElse(null);
    HttpSession session = request.getSession(false);
    if (username != null) {
      accountService.recordSignOut(username, false);
    }
    request.logout();
    if (session != null) {
      session.setAttribute(SIGNED_OUT, Boolean.TRUE);
      session.invalidate();
    }
    external.redirect(
        external.getRequestContextPath()
            + EcrfAuthenticationMechanism.LOGIN_PAGE
            + "?signedOut=true");
  }
}
