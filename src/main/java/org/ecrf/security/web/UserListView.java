package org.ecrf.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.ecrf.platform.web.Feedback;
import org.ecrf.security.application.NewUser;
import org.ecrf.security.application.UserAdministration;
import org.ecrf.security.domain.UserProfile;
import org.omnifaces.cdi.ViewScoped;

/**
 * The user administration list ({@code admin/users.xhtml}) and the dialog that creates an account.
 */
@Named
@ViewScoped
public class UserListView implements Serializable {

  @Inject private UserAdministration administration;

  private List<UserRow> users;
  private String username;
  private String displayName;
  private String email;
  private String initialPassword;

  public void load() {
    users = administration.allUsers().stream().map(UserRow::of).toList();
  }

  public String create() {
    String name = username;
    boolean created =
        Feedback.attempt(
            () ->
                administration.create(
                    new NewUser(
                        name, new UserProfile(displayName, email), initialPassword.toCharArray())),
            "user.created",
            name);
    initialPassword = null;
    if (!created) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "user?faces-redirect=true&username=" + name.trim().toLowerCase(Locale.ROOT);
  }

  public List<UserRow> getUsers() {
    return users;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }
}
