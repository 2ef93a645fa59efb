/** JPA access to the export jobs. */
package org.ecrf.export.persistence;
