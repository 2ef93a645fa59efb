package org.ecrf.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ecrf.platform.web.Texts;
import org.ecrf.security.application.AccountService;
import org.ecrf.shared.InvalidInputException;

/** The user's own account page ({@code account.xhtml}): change the password. */
@Named
@RequestScoped
public class AccountView {

  @Inject private AccountService accountService;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  public void changePassword() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (newPassword == null || !newPassword.equals(repeatedPassword)) {
      faces.addMessage("account:repeat", error(Texts.get("account.passwordsDiffer")));
      return;
    }
    try {
      accountService.changeOwnPassword(currentPassword.toCharArray(), newPassword.toCharArray());
      faces.addMessage(null, new FacesMessage(Texts.get("account.passwordChanged")));
    } catch (InvalidInputException e) {
      faces.addMessage("account:" + e.field(), error(e.getMessage()));
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatedPassword = null;
    }
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
