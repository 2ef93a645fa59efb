/**
 * Small types every capability uses: the clock, the UTC time converter for JPA, and the exceptions
 * that application services throw for the caller (access denied, not found, invalid input,
 * conflict). Nothing capability-specific.
 */
package org.ecrf.shared;
