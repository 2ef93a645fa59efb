package org.ecrf.security.domain;

/**
 * The editable facts of a user: the printed name (shown with e-signatures) and an optional e-mail
 * address.
 */
public record UserProfile(String displayName, String email) {

  @Override
  public String toString() {
    return email == null ? displayName : displayName + " <" + email + ">";
  }
}
