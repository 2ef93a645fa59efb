/**
 * Study subjects as plain Java: the subject key, the few pseudonymous facts recorded at enrolment
 * (birth month, sex, diagnosis), age at a date, eligibility from the eligibility form, and the
 * status a subject moves through from screening to the end of the study; and the counts of
 * recruitment by site, stratum and month.
 */
package org.ecrf.subject.domain;
