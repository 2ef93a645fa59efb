/** JPA storage of user accounts and their role assignments. */
package org.ecrf.security.persistence;
