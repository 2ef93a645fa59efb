/**
 * The pages of data entry: a subject's visits and forms, and the one generic page that renders any
 * form of any loaded study from its definition.
 */
package org.ecrf.entry.web;
