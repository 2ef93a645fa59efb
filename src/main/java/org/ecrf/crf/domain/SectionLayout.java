package org.ecrf.crf.domain;

/**
 * How an item group is shown as a section of its form (extension: edc:SectionTitle,
 * edc:SectionIntro, edc:Columns).
 *
 * @param title the heading; falls back to the ItemGroupDef's Description, then its Name
 * @param intro an instruction under the heading (e.g. the recall period); may be empty
 * @param columns the number of layout columns on wide screens, 1 to 4
 */
public record SectionLayout(LocalizedText title, LocalizedText intro, int columns) {

  public SectionLayout {
    if (columns < 1 || columns > 4) {
      throw new IllegalArgumentException("Section columns must be 1 to 4, not " + columns);
    }
  }
}
