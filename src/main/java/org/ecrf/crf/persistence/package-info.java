/** JPA storage of the study definition versions. */
package org.ecrf.crf.persistence;
