/**
 * Who may do what, in plain Java: roles, the site scoping of site roles, the password policy and
 * PBKDF2 password hashing, and the user account with its lockout rule. Enforcement happens in the
 * application services, which ask {@link org.ecrf.security.domain.SiteAccessPolicy}.
 */
package org.ecrf.security.domain;
