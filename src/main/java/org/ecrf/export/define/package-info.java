/**
 * Define-XML 2.1 for the SDTM export: the document that describes every dataset, variable and code
 * list of a submission, written as a stream from the same dataset definitions the XPT and
 * Dataset-JSON writers use, and checked against the CDISC Define-XML 2.1 schema shipped on the
 * class path. Plain Java; nothing is fetched from the network.
 */
package org.ecrf.export.define;
