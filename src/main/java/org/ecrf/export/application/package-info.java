/**
 * Sponsor exports as the platform runs them: ODM 1.3.2, SDTM datasets (Dataset-JSON, SAS transport
 * v5, CSV) and Define-XML 2.1, read from the database subject by subject and written as streams, as
 * background jobs with progress, checksum, reconciliation and an audit record.
 */
package org.ecrf.export.application;
