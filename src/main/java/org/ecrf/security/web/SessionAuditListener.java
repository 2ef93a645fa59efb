package org.ecrf.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecrf.security.application.AccountService;

/**
 * Gives every session the configured idle time-out ({@code ecrf.security.session-timeout-minutes},
 * 30 by default) and audits the end of a signed-in session that timed out. An explicit sign-out is
 * audited by {@link SessionView}; a session ended for another reason (server shut-down, account
 * deactivated) is not a time-out and is not recorded as one. In a cluster every instance holding a
 * copy of the session sees it time out; it is audited once.
 */
@WebListener
public class SessionAuditListener implements HttpSessionListener {

  @Inject private AccountService accountService;

  @Inject
  @ConfigProperty(name = "ecrf.security.session-timeout-minutes", defaultValue = "30")
  private int timeoutMinutes;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(timeoutMinutes * 60);
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    HttpSession session = event.getSession();
    Object username = session.getAttribute(EcrfAuthenticationMechanism.SESSION_USER);
    if (username instanceof String name && timedOut(session)) {
      accountService.recordSessionExpired(name, session.getId());
    }
  }

  private static boolean timedOut(HttpSession session) {
    long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
    return session.getAttribute(SessionView.SIGNED_OUT) == null
        && idleMillis >= session.getMaxInactiveInterval() * 1000L;
  }
}
