package org.ecrf.scoring.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Paris classification of a child's Crohn's disease (Levine et al., Inflamm Bowel Dis 2011;
 * spec §2.8), with its standard code string such as {@code "A1b L3 L4a B1p G0"}: age at diagnosis,
 * ileocolonic location, upper-GI modifiers, behaviour with the perianal modifier {@code p}, growth.
 *
 * @param ageAtDiagnosis A1a, A1b, A2 or A3
 * @param location L1, L2, L3, or NONE when the disease is upper-GI only
 * @param upperGi L4a and/or L4b; empty when there is no upper-GI disease
 * @param behaviour B1, B2, B3 or B2B3
 * @param perianal the perianal disease modifier
 * @param growth G0 or G1
 */
public record ParisCdClassification(
    AgeAtDiagnosis ageAtDiagnosis,
    Location location,
    Set<UpperGi> upperGi,
    Behaviour behaviour,
    boolean perianal,
    Growth growth) {

  /** Age at diagnosis, in completed years. */
  public enum AgeAtDiagnosis {
    /** 0 to &lt;10 years. */
    A1A("A1a"),
    /** 10 to &lt;17 years. */
    A1B("A1b"),
    /** 17-40 years. */
    A2("A2"),
    /** &gt;40 years. */
    A3("A3");

    private final String code;

    AgeAtDiagnosis(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** The band of an age in completed years (so 40 years and 11 months is still A2). */
    public static AgeAtDiagnosis of(int ageYears) {
      if (ageYears < 0) {
        throw new IllegalArgumentException("An age at diagnosis cannot be negative: " + ageYears);
      }
      if (ageYears < 10) {
        return A1A;
      }
      if (ageYears < 17) {
        return A1B;
      }
      return ageYears <= 40 ? A2 : A3;
    }
  }

  /** Ileocolonic location; NONE when only upper-GI disease is present. */
  public enum Location {
    /** Distal third of the ileum, with or without limited caecal disease. */
    L1,
    /** Colonic. */
    L2,
    /** Ileocolonic. */
    L3,
    /** No ileocolonic disease (upper-GI only). */
    NONE
  }

  /** Upper-GI disease modifiers (may accompany L1-L3). */
  public enum UpperGi {
    /** Proximal to the ligament of Treitz. */
    L4A("L4a"),
    /** Distal to the ligament of Treitz and proximal to the distal third of the ileum. */
    L4B("L4b");

    private final String code;

    UpperGi(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** Disease behaviour. */
  public enum Behaviour {
    /** Non-stricturing, non-penetrating. */
    B1,
    /** Stricturing. */
    B2,
    /** Penetrating. */
    B3,
    /** Both stricturing and penetrating, at the same or different times. */
    B2B3
  }

  /** Growth (Paris has only G0 and G1). */
  public enum Growth {
    /** No evidence of growth delay. */
    G0,
    /** Growth delay at any time. */
    G1
  }

  public ParisCdClassification {
    Objects.requireNonNull(ageAtDiagnosis, "ageAtDiagnosis");
    Objects.requireNonNull(location, "location");
    Set<UpperGi> copy = EnumSet.noneOf(UpperGi.class);
    copy.addAll(upperGi);
    upperGi = Collections.unmodifiableSet(copy);
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(growth, "growth");
    if (location == Location.NONE && upperGi.isEmpty()) {
      throw new IllegalArgumentException("Crohn's disease needs a location: L1-L3 or L4a/L4b");
    }
  }

  /** Behaviour with the perianal modifier, for example {@code "B1p"}. */
  public String behaviourCode() {
    return behaviour.name() + (perianal ? "p" : "");
  }

  /** The upper-GI codes separated by a space ({@code "L4a L4b"}); empty when none. */
  public String upperGiCode() {
    return String.join(" ", upperGi.stream().map(UpperGi::code).toList());
  }

  /** The code parts in standard order, for example {@code [A1b, L3, L4a, B1p, G0]}. */
  public List<String> codeParts() {
    List<String> parts = new ArrayList<>();
    parts.add(ageAtDiagnosis.code());
    if (location != Location.NONE) {
      parts.add(location.name());
    }
    upperGi.forEach(modifier -> parts.add(modifier.code()));
    parts.add(behaviourCode());
    parts.add(growth.name());
    return List.copyOf(parts);
  }

  /** The standard code string, for example {@code "A1b L3 L4a B1p G0"}. */
  public String code() {
    return String.join(" ", codeParts());
  }
}
