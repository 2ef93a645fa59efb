/**
 * How people and programs prove who they are: the authentication mechanism (form sign-in for pages,
 * HTTP Basic for the REST API), the sign-in and account pages, the administration pages for users,
 * and the session listener that audits time-outs.
 */
package org.ecrf.security.web;
