package org.ecrf.crf.domain;

import java.util.List;

/**
 * One permitted value of a code list: the coded value stored (for score items, the published
 * points) and its decoded text shown to the user.
 *
 * @param codedValue what is stored, written in the code list's data type
 * @param decode the text per language; empty for an ODM EnumeratedItem
 * @param aliases e.g. the CDISC C-code ({@code nci:ExtCodeID})
 */
public record CodeListItem(String codedValue, LocalizedText decode, List<Alias> aliases) {

  public CodeListItem {
    aliases = List.copyOf(aliases);
  }
}
