package org.ecrf.platform.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import org.ecrf.platform.DatabaseUnavailable;

/**
 * Answers 503 when a request cannot be authenticated because the database cannot be reached
 * (accounts and roles are read from it at every request). Without it the container turns the
 * failure into a 500 with an empty body; with it the caller learns that nothing is wrong with the
 * request and that it may try again: JSON for the API, as the API's other errors, plain text for
 * pages.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class DatabaseUnavailableAuthentication implements HttpAuthenticationMechanism {

  private static final System.Logger LOG =
      System.getLogger(DatabaseUnavailableAuthentication.class.getName());

  @Inject @Delegate @Any private HttpAuthenticationMechanism delegate;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    try {
      return delegate.validateRequest(request, response, context);
    } catch (RuntimeException | AuthenticationException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      LOG.log(
          Level.WARNING,
          "The database could not be reached while authenticating " + request.getRequestURI());
      answerUnavailable(request, response);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    response.setCharacterEncoding("UTF-8");
    try {
      if (path.startsWith("/api/")) {
        response.setContentType("application/json");
        response
            .getWriter()
            .write(
                Json.createObjectBuilder()
                    .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                    .add("error", "Service Unavailable")
                    .add("message", DatabaseUnavailable.MESSAGE)
                    .build()
                    .toString());
      } else {
        response.setContentType("text/plain");
        response.getWriter().write(DatabaseUnavailable.MESSAGE);
      }
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
