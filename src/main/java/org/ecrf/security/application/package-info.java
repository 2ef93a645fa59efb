/**
 * Sign-in with lockout, the signed-in user of the current request, and the administration of
 * accounts and roles. These services are the security boundary: every use case checks the caller's
 * roles here, not only in the pages.
 */
package org.ecrf.security.application;
