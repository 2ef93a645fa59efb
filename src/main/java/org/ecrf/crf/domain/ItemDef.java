package org.ecrf.crf.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A data item (ODM ItemDef): how its value is written, which values it may take, how it is shown,
 * and its aliases (SDTM annotations).
 *
 * @param oid e.g. {@code I.PUCAI_PAIN}
 * @param name the ODM Name
 * @param format data type, length and significant digits
 * @param domain code list, units and range checks
 * @param presentation question, description, help and input control
 * @param aliases e.g. {@code Alias Context="SDTM"}
 */
public record ItemDef(
    String oid,
    String name,
    ValueFormat format,
    ValueDomain domain,
    ItemPresentation presentation,
    List<Alias> aliases) {

  public ItemDef {
    aliases = List.copyOf(aliases);
  }

  /** The item's data type. */
  public DataType dataType() {
    return format.dataType();
  }

  /** The code list of a choice item. */
  public Optional<String> codeListOid() {
    return domain.codeListOid();
  }

  /** The question in a language, falling back to English. */
  public String question(Locale locale) {
    return presentation.question().text(locale);
  }

  /** The SDTM annotation (Alias Context="SDTM"), if any. */
  public Optional<String> sdtmAnnotation() {
    return aliases.stream()
        .filter(alias -> Alias.SDTM.equals(alias.context()))
        .map(Alias::name)
        .findFirst();
  }
}
