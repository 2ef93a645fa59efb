package org.ecrf.export.define;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The SDTM observation classes a dataset may belong to, by the names Define-XML 2.1 accepts in
 * {@code def:Class/@Name} (define-enumerations.xsd 2.1.9, simple type ItemGroupClass; the ADaM
 * classes of that list are left out because this package writes SDTM). Trial design and study
 * reference datasets hold reference data: facts about the study, not about subjects.
 */
public enum DatasetClass {
  SPECIAL_PURPOSE("SPECIAL PURPOSE", false),
  INTERVENTIONS("INTERVENTIONS", false),
  EVENTS("EVENTS", false),
  FINDINGS("FINDINGS", false),
  FINDINGS_ABOUT("FINDINGS ABOUT", false),
  RELATIONSHIP("RELATIONSHIP", false),
  TRIAL_DESIGN("TRIAL DESIGN", true),
  STUDY_REFERENCE("STUDY REFERENCE", true);

  private final String defineName;
  private final boolean referenceData;

  DatasetClass(String defineName, boolean referenceData) {
    this.defineName = defineName;
    this.referenceData = referenceData;
  }

  /** The value of {@code def:Class/@Name}. */
  public String defineName() {
    return defineName;
  }

  /** Whether datasets of this class are reference data ({@code IsReferenceData="Yes"}). */
  public boolean referenceData() {
    return referenceData;
  }

  /**
   * The class of that Define-XML name ({@code Dataset.domainClass()}), exactly as Define-XML spells
   * it.
   *
   * @throws IllegalArgumentException naming the dataset and the accepted names
   */
  public static DatasetClass of(String defineName, String dataset) {
    for (DatasetClass value : values()) {
      if (value.defineName.equals(defineName)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "Dataset "
            + dataset
            + " has class '"
            + defineName
            + "', which is not an SDTM class Define-XML 2.1 knows: "
            + Arrays.stream(values())
                .map(DatasetClass::defineName)
                .collect(Collectors.joining(", ")));
  }
}
