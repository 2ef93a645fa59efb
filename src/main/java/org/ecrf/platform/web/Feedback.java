package org.ecrf.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;

/**
 * Runs a page action (one service call) and turns its outcome into a message: the success text from
 * the bundle, or the service's explanation of why it refused. Access violations are not caught:
 * they go to the error page.
 */
public final class Feedback {

  private Feedback() {}

  /** Returns true when the action succeeded. */
  public static boolean attempt(Runnable action, String successKey, Object... arguments) {
    try {
      action.run();
      info(Texts.get(successKey, arguments));
      return true;
    } catch (InvalidInputException | ConflictException | NotFoundException e) {
      error(e.getMessage());
      return false;
    }
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
