package org.ecrf.monitoring.web;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;

/**
 * How the monitoring pages run an action: one service call, its success text or the service's
 * reason for refusing it as a message. A refusal for the caller's roles or a wrong password is
 * shown as a message too (the buttons offered follow the roles, so it is rare and needs no error
 * page).
 */
final class PanelActions {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private PanelActions() {}

  /** Runs the action; true when it succeeded (its success message is added). */
  static boolean attempt(Runnable action, String successKey, Object... arguments) {
    Optional<Boolean> done =
        result(
            () -> {
              action.run();
              return true;
            });
    done.ifPresent(ok -> Feedback.info(Texts.get(successKey, arguments)));
    return done.isPresent();
  }

  /** Runs the action and answers its result, or shows why it was refused and answers empty. */
  static <T> Optional<T> result(Supplier<T> action) {
    try {
      return Optional.of(action.get());
    } catch (InvalidInputException
        | ConflictException
        | NotFoundException
        | AccessDeniedException e) {
      Feedback.error(e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Runs the action; on success the same page is opened again (with its parameters) and the message
   * kept for it, else the refusal is shown and the page stays.
   */
  static String reloadOnSuccess(Runnable action, String successKey) {
    if (!attempt(action, successKey)) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  static void info(String key, Object... arguments) {
    Feedback.info(Texts.get(key, arguments));
  }

  static String text(String key, Object... arguments) {
    return Texts.get(key, arguments);
  }

  static String siteTime(Instant instant, ZoneId zone) {
    return instant == null || zone == null ? "" : LOCAL.format(instant.atZone(zone));
  }
}
