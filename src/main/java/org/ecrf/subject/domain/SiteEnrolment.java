package org.ecrf.subject.domain;

/** The enrolment counts of one site. */
public record SiteEnrolment(String siteCode, EnrolmentCounts counts) {}
