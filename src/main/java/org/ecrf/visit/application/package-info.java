/**
 * A subject's visit schedule in the running platform: the study's visits read from its definition
 * and what happened so far read from the stored data (visit dates, infusions and the intervals
 * decided at them), handed to the pure schedule calculator of {@code visit.domain}.
 */
package org.ecrf.visit.application;
