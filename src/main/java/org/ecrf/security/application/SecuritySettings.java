package org.ecrf.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecrf.security.domain.PasswordHasher;
import org.ecrf.security.domain.PasswordPolicy;

/**
 * The security settings, from MicroProfile Config ({@code ecrf.security.*}, e.g. {@code
 * ECRF_SECURITY_LOCKOUT_FAILURES}).
 */
@ApplicationScoped
public class SecuritySettings {

  private final int lockoutFailures;
  private final PasswordPolicy passwordPolicy;
  private final PasswordHasher passwordHasher;

  @Inject
  public SecuritySettings(
      @ConfigProperty(name = "ecrf.security.lockout-failures", defaultValue = "5")
          int lockoutFailures,
      @ConfigProperty(name = "ecrf.security.password-min-length", defaultValue = "12")
          int passwordMinLength,
      @ConfigProperty(name = "ecrf.security.pbkdf2-iterations", defaultValue = "210000")
          int pbkdf2Iterations) {
    this.lockoutFailures = lockoutFailures;
    this.passwordPolicy = new PasswordPolicy(passwordMinLength);
    this.passwordHasher = new PasswordHasher(pbkdf2Iterations, new SecureRandom());
  }

  /** CDI proxy constructor. */
  protected SecuritySettings() {
    this.lockoutFailures = 0;
    this.passwordPolicy = null;
    this.passwordHasher = null;
  }

  /** Consecutive failed sign-ins that lock an account. */
  public int lockoutFailures() {
    return lockoutFailures;
  }

  @Produces
  public PasswordPolicy passwordPolicy() {
    return passwordPolicy;
  }

  @Produces
  public PasswordHasher passwordHasher() {
    return passwordHasher;
  }
}
