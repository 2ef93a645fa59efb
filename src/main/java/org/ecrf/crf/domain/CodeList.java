package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * An ODM CodeList: the permitted values of choice items, in display order.
 *
 * @param oid e.g. {@code CL.PUCAI_BLEEDING}
 * @param name the ODM Name
 * @param dataType integer, float, text or string
 * @param items the values in order
 * @param aliases e.g. the CDISC codelist C-code
 */
public record CodeList(
    String oid, String name, DataType dataType, List<CodeListItem> items, List<Alias> aliases) {

  public CodeList {
    items = List.copyOf(items);
    aliases = List.copyOf(aliases);
  }

  /** The entry for a coded value, if it is one of the list's values. */
  public Optional<CodeListItem> item(String codedValue) {
    return items.stream().filter(item -> item.codedValue().equals(codedValue)).findFirst();
  }

  /** True when {@code codedValue} is one of the list's values. */
  public boolean contains(String codedValue) {
    return item(codedValue).isPresent();
  }
}
