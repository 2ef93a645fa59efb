package org.ecrf.security.application;

import org.ecrf.security.domain.UserProfile;

/**
 * What an administrator enters to create an account: user name, profile and an initial password.
 */
public record NewUser(String username, UserProfile profile, char[] initialPassword) {}
