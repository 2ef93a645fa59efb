package org.ecrf.crf.odm;

import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * The result of validating one file: every fault found (not only the first), counts, and the study
 * definition when the file is valid.
 *
 * @param sourceName the file name the caller gave
 * @param outcome valid, invalid, or too large to read
 * @param faults errors and warnings in file order (file-level faults first)
 * @param formCount the FormDefs in the file, also when it is invalid
 * @param itemCount the ItemDefs in the file, also when it is invalid
 * @param definition the study definition; present exactly when the file is valid
 */
public record ValidationReport(
    String sourceName,
    Outcome outcome,
    List<Fault> faults,
    int formCount,
    int itemCount,
    Optional<StudyDefinition> definition) {

  /** Whether the file can be used. */
  public enum Outcome {
    VALID,
    INVALID,
    /** Not read because it exceeds the size limit; the REST layer answers 413. */
    TOO_LARGE
  }

  public ValidationReport {
    faults = List.copyOf(faults);
    if (definition.isPresent() != (outcome == Outcome.VALID)) {
      throw new IllegalArgumentException("A definition comes with, and only with, a valid file");
    }
  }

  /** True when the file has no error (it may have warnings). */
  public boolean valid() {
    return outcome == Outcome.VALID;
  }

  /** True when the file was refused for its size. */
  public boolean tooLarge() {
    return outcome == Outcome.TOO_LARGE;
  }

  public List<Fault> errors() {
    return faults.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  public List<Fault> warnings() {
    return faults.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }
}
