/** JPA storage of subjects and the per-site counters of their keys. */
package org.ecrf.subject.persistence;
