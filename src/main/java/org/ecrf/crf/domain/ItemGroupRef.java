package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * A section (item group) of a form, in order.
 *
 * @param itemGroupOid the ItemGroupDef
 * @param orderNumber the ODM OrderNumber, or the position in the file when not given
 * @param mandatory whether the section must be filled
 * @param collectionExceptionConditionOid a ConditionDef under which the section is not collected
 */
public record ItemGroupRef(
    String itemGroupOid,
    int orderNumber,
    boolean mandatory,
    Optional<String> collectionExceptionConditionOid) {}
