package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/** Who wrote an annotation's comment (ODM 1.3.2 schema, Comment/@SponsorOrSite). */
public enum CommentSource {
  SPONSOR("Sponsor"),
  SITE("Site");

  private final String odmName;

  CommentSource(String odmName) {
    this.odmName = odmName;
  }

  public String odmName() {
    return odmName;
  }

  /** The source an ODM attribute value names; empty for anything else. */
  public static Optional<CommentSource> fromOdm(String value) {
    for (CommentSource source : values()) {
      if (source.odmName.equals(value)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
