/**
 * The tabular shape every sponsor dataset shares, whatever its file format: a dataset's name, label
 * and variables (SDTM names of at most 8 characters, labels of at most 40), and a sink that takes
 * its rows one by one. The SDTM mapping produces rows into sinks; the Dataset-JSON, XPT and CSV
 * writers and Define-XML read the same definitions. Plain Java.
 */
package org.ecrf.export.dataset;
