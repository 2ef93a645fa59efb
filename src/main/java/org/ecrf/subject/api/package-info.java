/** REST resources for subjects: {@code /api/v1/studies/{study}/subjects}. */
package org.ecrf.subject.api;
