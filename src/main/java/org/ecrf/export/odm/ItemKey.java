package org.ecrf.export.odm;

import java.util.Objects;

/**
 * Where one item value is in a subject's data: visit, form, item group row and item (forms do not
 * repeat on this platform, so the form's repeat key is always 1).
 */
public record ItemKey(
    String eventOid,
    int eventRepeat,
    String formOid,
    String itemGroupOid,
    int itemGroupRepeat,
    String itemOid) {

  public ItemKey {
    Objects.requireNonNull(eventOid, "eventOid");
    Objects.requireNonNull(formOid, "formOid");
    Objects.requireNonNull(itemGroupOid, "itemGroupOid");
    Objects.requireNonNull(itemOid, "itemOid");
  }
}
