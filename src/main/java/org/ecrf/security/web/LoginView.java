package org.ecrf.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ecrf.platform.web.Texts;
import org.ecrf.security.application.LoginOutcome;

/**
 * The sign-in page ({@code login.xhtml}): user name and password, then back to the page that was
 * asked for.
 */
@Named
@RequestScoped
public class LoginView {

  static final String OUTCOME_ATTRIBUTE = "ecrf.loginOutcome";

  @Inject private SecurityContext securityContext;

  private String username;
  private String password;
  private String continueTo;

  /** A signed-in user who opens the login page goes home. */
  public void load() throws IOException {
    if (securityContext.getCallerPrincipal() != null) {
      external().redirect(external().getRequestContextPath() + "/");
    }
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external().getRequest(),
            (HttpServletResponse) external().getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    password = null;
    switch (status) {
      case SUCCESS ->
          external().redirect(external().getRequestContextPath() + safeTarget(continueTo));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> faces.addMessage(null, failureMessage());
    }
  }

  private FacesMessage failureMessage() {
    Object outcome = ((HttpServletRequest) external().getRequest()).getAttribute(OUTCOME_ATTRIBUTE);
    String key =
        outcome == LoginOutcome.Status.LOCKED
            ? "login.locked"
            : outcome == LoginOutcome.Status.DEACTIVATED ? "login.deactivated" : "login.invalid";
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(key), null);
  }

  /**
   * Only a path of this application: never another host (open redirect), never back to the login
   * page.
   */
  static String safeTarget(String target) {
    if (target == null
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.contains("\\")
        || target.startsWith(EcrfAuthenticationMechanism.LOGIN_PAGE)) {
      return "/";
    }
    return target;
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
