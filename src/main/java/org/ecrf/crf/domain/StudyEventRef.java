package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * A study event in the Protocol, in order.
 *
 * @param studyEventOid the StudyEventDef
 * @param orderNumber the ODM OrderNumber, or the position in the file when not given
 * @param mandatory whether the visit must take place
 * @param collectionExceptionConditionOid a ConditionDef under which the event is not collected
 */
public record StudyEventRef(
    String studyEventOid,
    int orderNumber,
    boolean mandatory,
    Optional<String> collectionExceptionConditionOid) {}
