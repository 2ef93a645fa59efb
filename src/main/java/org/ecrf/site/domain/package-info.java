/**
 * Trial sites: the hospitals where children are enrolled. A site's code prefixes its subjects' keys
 * and scopes the site roles; its country and time zone serve the SDTM export and the local times
 * shown at the site.
 */
package org.ecrf.site.domain;
