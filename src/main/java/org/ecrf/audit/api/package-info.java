/** REST resources of the audit trail: its verification. */
package org.ecrf.audit.api;
