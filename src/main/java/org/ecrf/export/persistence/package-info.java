/**
 * JPA access to the export jobs, and the database lock that lets one export run at a time across
 * every server instance on the database.
 */
package org.ecrf.export.persistence;
