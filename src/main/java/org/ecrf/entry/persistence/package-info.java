/** JPA storage of clinical data (visits, forms, item groups, values). */
package org.ecrf.entry.persistence;
