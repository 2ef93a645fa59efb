/**
 * The three file formats of a sponsor dataset: CDISC Dataset-JSON 1.1, SAS transport version 5
 * (XPT, as the FDA requires) and CSV. Each writes rows as they come, keeps at most one row in
 * memory and refuses a value that does not fit its variable, naming dataset, variable and row.
 * Plain Java.
 */
package org.ecrf.export.format;
