package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * An item of an item group, in order.
 *
 * @param itemOid the ItemDef
 * @param orderNumber the ODM OrderNumber, or the position in the file when not given
 * @param mandatory whether a value is required
 * @param collectionExceptionConditionOid a ConditionDef under which the item is NOT collected (e.g.
 *     the override reason unless the decision is OVERRIDE)
 * @param methodOid the MethodDef that derives the item: the site does not enter it
 * @param critical whether the item is verified under the CRITICAL SDV plan (edc:Critical)
 */
public record ItemRef(
    String itemOid,
    int orderNumber,
    boolean mandatory,
    Optional<String> collectionExceptionConditionOid,
    Optional<String> methodOid,
    boolean critical) {

  /** True for a derived item, computed by the server rather than entered. */
  public boolean isDerived() {
    return methodOid.isPresent();
  }
}
