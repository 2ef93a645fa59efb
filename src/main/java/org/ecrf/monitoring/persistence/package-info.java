/** JPA storage of SDV marks, form signatures and data queries (MariaDB tables of V010). */
package org.ecrf.monitoring.persistence;
