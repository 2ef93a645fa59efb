package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * A form of a study event, in order.
 *
 * @param formOid the FormDef
 * @param orderNumber the ODM OrderNumber, or the position in the file when not given
 * @param mandatory whether the form must be completed
 * @param collectionExceptionConditionOid a ConditionDef under which the form is NOT collected (e.g.
 *     the PUCAI for a child with Crohn's disease)
 */
public record FormRef(
    String formOid,
    int orderNumber,
    boolean mandatory,
    Optional<String> collectionExceptionConditionOid) {}
