/**
 * REST resources for the signed-in user ({@code /api/v1/me}) and the administration of users
 * ({@code /api/v1/users}).
 */
package org.ecrf.security.api;
