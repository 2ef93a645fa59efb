package org.ecrf.crf.domain;

import java.util.List;

/**
 * A group of items (ODM ItemGroupDef), shown as one section of a form; a repeating group is a table
 * of rows (e.g. the adverse-event log).
 *
 * @param oid e.g. {@code IG.PUCAI}
 * @param name the ODM Name
 * @param repeating whether the group has several rows
 * @param sdtmDomain the ODM Domain attribute (e.g. QS); empty text when not given
 * @param itemRefs its items, in order
 * @param section heading, introduction and columns
 */
public record ItemGroupDef(
    String oid,
    String name,
    boolean repeating,
    String sdtmDomain,
    List<ItemRef> itemRefs,
    SectionLayout section) {

  public ItemGroupDef {
    itemRefs = List.copyOf(itemRefs);
  }
}
