/**
 * Registering children at a site and finding the subjects a user may see; the read queries behind
 * the subject matrix (a page of subjects and their forms, each in one query) and the enrolment
 * figures of the dashboard.
 */
package org.ecrf.subject.application;
