/**
 * The subject pages of a study: the subject list with the registration of a child, the subject
 * matrix (subjects by visits, each form's status a link to it), and the enrolment dashboard for
 * sponsors and data managers.
 */
package org.ecrf.subject.web;
