/** REST resource for sites: {@code /api/v1/sites}. */
package org.ecrf.site.api;
