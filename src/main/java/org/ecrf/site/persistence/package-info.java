/** JPA storage of sites. */
package org.ecrf.site.persistence;
