/**
 * Pages about study definitions: the review page a study builder reads (events, forms, items, code
 * lists, checks, design) and the administration page that validates and uploads ODM files.
 */
package org.ecrf.crf.web;
