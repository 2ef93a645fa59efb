package org.ecrf.crf.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of definitions that carry an OID, with the naming rule of STYLE.md §9: a type prefix
 * and a dot, then upper-case letters, digits and underscores (e.g. {@code I.PUCAI_PAIN}); never a
 * hyphen, never a leading digit. The study OID has no prefix ({@code TOPIT}). Kinds without a rule
 * of ours (users, signatures, presentation) are only checked for uniqueness and references.
 */
public enum OidKind {
  STUDY("Study", "", true),
  METADATA_VERSION("MetaDataVersion", "MDV", true),
  STUDY_EVENT("StudyEventDef", "SE", true),
  FORM("FormDef", "F", true),
  ITEM_GROUP("ItemGroupDef", "IG", true),
  ITEM("ItemDef", "I", true),
  CODE_LIST("CodeList", "CL", true),
  MEASUREMENT_UNIT("MeasurementUnit", "MU", true),
  METHOD("MethodDef", "MT", true),
  CONDITION("ConditionDef", "CD", true),
  LOCATION("Location", "LOC", true),
  ARM("edc:Arm", "ARM", true),
  DOSING_RULE("edc:Rule", "DR", true),
  IMPUTATION_METHOD("ImputationMethod", "", false),
  PRESENTATION("Presentation", "", false),
  USER("User", "", false),
  SIGNATURE("SignatureDef", "", false);

  private static final Pattern PLAIN = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern AFTER_PREFIX = Pattern.compile("[A-Z0-9_]+");

  private final String elementName;
  private final String prefix;
  private final boolean named;

  OidKind(String elementName, String prefix, boolean named) {
    this.elementName = elementName;
    this.prefix = prefix;
    this.named = named;
  }

  /** The element that defines an OID of this kind, as written in the file (e.g. ItemDef). */
  public String elementName() {
    return elementName;
  }

  /** The type prefix without its dot (e.g. {@code I}); empty for the study and unruled kinds. */
  public String prefix() {
    return prefix;
  }

  /** True when STYLE.md §9 gives this kind a naming rule. */
  public boolean hasNamingRule() {
    return named;
  }

  /**
   * Why {@code oid} breaks this kind's naming rule, as the end of a sentence ("contains a hyphen");
   * empty when it follows the rule or the kind has none.
   */
  public Optional<String> namingProblem(String oid) {
    if (!named) {
      return Optional.empty();
    }
    if (oid.contains("-")) {
      return Optional.of("contains a hyphen");
    }
    if (!oid.isEmpty() && Character.isDigit(oid.charAt(0))) {
      return Optional.of("starts with a digit");
    }
    if (prefix.isEmpty()) {
      return PLAIN.matcher(oid).matches()
          ? Optional.empty()
          : Optional.of("is not upper-case letters, digits and _ only");
    }
    if (!oid.startsWith(prefix + ".")) {
      return Optional.of("does not start with the prefix " + prefix + ".");
    }
    return AFTER_PREFIX.matcher(oid.substring(prefix.length() + 1)).matches()
        ? Optional.empty()
        : Optional.of(
            "has characters other than upper-case letters, digits and _ after " + prefix + ".");
  }

  /** The rule in words, for messages. */
  public String namingRule() {
    return prefix.isEmpty()
        ? "upper-case letters, digits and _, starting with a letter"
        : prefix + ". followed by upper-case letters, digits and _";
  }
}
