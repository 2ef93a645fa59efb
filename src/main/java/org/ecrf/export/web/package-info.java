/**
 * The exports page: ask for an export, watch it run, download its file with checksum and counts.
 */
package org.ecrf.export.web;
