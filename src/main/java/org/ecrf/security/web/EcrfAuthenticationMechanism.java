package org.ecrf.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.application.LoginOutcome;
import org.ecrf.security.application.LoginService;
import org.ecrf.security.domain.Role;

/**
 * One mechanism for two kinds of callers. Pages: a sign-in on the login page starts a session (with
 * a new session id); each later request of the session is re-authorised with the roles read from
 * the database, and an unauthenticated request for a protected page is sent to the login page (with
 * an Ajax-aware redirect). REST API ({@code /api/}): HTTP Basic on every request, no session; a
 * missing or wrong credential is answered 401 with a Basic challenge.
 */
@ApplicationScoped
public class EcrfAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "ecrf.user";
  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API_PREFIX = "/api/";

  @Inject private LoginService loginService;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return authenticateApiCall(request, response, context);
    }
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential()
            instanceof UsernamePasswordCredential credential) {
      return signIn(request, credential, context);
    }
    HttpSession session = request.getSession(false);
    String sessionUser = session == null ? null : (String) session.getAttribute(SESSION_USER);
    if (sessionUser != null) {
      LoginOutcome resumed = loginService.resumeSession(sessionUser);
      if (resumed.succeeded()) {
        request.setAttribute(CurrentUser.SIGNED_IN_ACCOUNT, resumed.account());
        return context.notifyContainerAboutLogin(sessionUser, groups(resumed.roles()));
      }
      session.invalidate();
    }
    return context.isProtected()
        ? redirectToLogin(request, response, context)
        : context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      UsernamePasswordCredential credential,
      HttpMessageContext context) {
    LoginOutcome outcome =
        loginService.signIn(credential.getCaller(), credential.getPassword().getValue());
    if (!outcome.succeeded()) {
      request.setAttribute(LoginView.OUTCOME_ATTRIBUTE, outcome.status());
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(SESSION_USER, outcome.username());
    return context.notifyContainerAboutLogin(outcome.username(), groups(outcome.roles()));
  }

  private AuthenticationStatus authenticateApiCall(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      BasicCredentials credentials = BasicCredentials.parse(header.substring(6).trim());
      if (credentials != null) {
        LoginOutcome outcome =
            loginService.authenticateApiCall(credentials.username(), credentials.password());
        if (outcome.succeeded()) {
          request.setAttribute(CurrentUser.SIGNED_IN_ACCOUNT, outcome.account());
          return context.notifyContainerAboutLogin(outcome.username(), groups(outcome.roles()));
        }
      }
      return challenge(response);
    }
    return context.isProtected() ? challenge(response) : context.doNothing();
  }

  private static AuthenticationStatus challenge(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"eCRF API\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "{\"status\":401,\"error\":\"Unauthorized\","
                  + "\"message\":\"Sign in with HTTP Basic: user name and password of your study account\"}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String loginUrl =
        request.getContextPath()
            + LOGIN_PAGE
            + "?continue="
            + URLEncoder.encode(target, StandardCharsets.UTF_8);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return ajaxRedirect(response, loginUrl);
    }
    return context.redirect(loginUrl);
  }

  /**
   * An Ajax request cannot follow a plain redirect: Faces expects the redirect inside a partial
   * response.
   */
  private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX);
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }

  /** The user name and password of an HTTP Basic header (RFC 7617, UTF-8). */
  record BasicCredentials(String username, char[] password) {

    static BasicCredentials parse(String encoded) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new BasicCredentials(
              decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    }
  }
}
