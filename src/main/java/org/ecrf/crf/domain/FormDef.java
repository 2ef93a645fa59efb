package org.ecrf.crf.domain;

import java.util.List;

/**
 * A case report form (ODM FormDef): its sections (item groups) in order and its SDV plan.
 *
 * @param oid e.g. {@code F.PUCAI}
 * @param name the ODM Name
 * @param repeating whether the form can be filled several times in one event (logs)
 * @param description the form's title and purpose in each language
 * @param itemGroupRefs its sections, in order
 * @param sdvPlan which items are source-data verified
 */
public record FormDef(
    String oid,
    String name,
    boolean repeating,
    LocalizedText description,
    List<ItemGroupRef> itemGroupRefs,
    SdvPlan sdvPlan) {

  public FormDef {
    itemGroupRefs = List.copyOf(itemGroupRefs);
  }
}
