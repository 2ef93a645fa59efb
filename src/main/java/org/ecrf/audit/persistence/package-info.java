/** JPA storage of the audit trail; used only by the audit capability's application services. */
package org.ecrf.audit.persistence;
