/** The visit schedule over the REST API, for monitoring reports and automated checks. */
package org.ecrf.visit.api;
