/** The subject list of a study and the registration of a child. */
package org.ecrf.subject.web;
