/**
 * The visit schedule of a subject as plain Java: planned dates and windows anchored on the first
 * infusion and moved by each actual infusion and decided interval, and each visit's status on a
 * given day. The study definition supplies the visits; the application layer supplies the subject's
 * dates and "today".
 */
package org.ecrf.visit.domain;
