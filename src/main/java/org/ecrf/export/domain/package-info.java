/**
 * What every sponsor export reports, whatever it writes: its progress while it runs and its
 * reconciliation when done (what was read from the database against what was written). Plain Java.
 */
package org.ecrf.export.domain;
