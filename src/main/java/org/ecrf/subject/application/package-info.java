/** Registering children at a site and finding the subjects a user may see. */
package org.ecrf.subject.application;
