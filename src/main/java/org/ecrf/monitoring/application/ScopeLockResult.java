package org.ecrf.monitoring.application;

/**
 * What a freeze, lock or unlock of a subject, site or study did.
 *
 * @param scope SUBJECT, SITE or STUDY
 * @param action FREEZE, LOCK or UNLOCK
 * @param subjects the subjects it covered
 * @param formsChanged the forms it moved (each move audited)
 * @param formsUnchanged the forms already where the action leads
 */
public record ScopeLockResult(
    String scope, String action, int subjects, int formsChanged, int formsUnchanged) {}
