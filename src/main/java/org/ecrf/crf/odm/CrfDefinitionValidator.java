package org.ecrf.crf.odm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.domain.KnownAlgorithms;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.ValidationReport.Outcome;

/**
 * Validates an ODM 1.3.2 study definition file and, when it is valid, reads it into a {@link
 * StudyDefinition}. Used at build time (a test over {@code crf-definitions/}), at start-up and for
 * uploads. Any input gives a report, never an exception: empty, binary, huge, a billion laughs or
 * an external entity all become faults.
 *
 * <p>Checks, all of them reported (not only the first fault): well-formed XML, read safely; the ODM
 * 1.3.2 schema with our extension; referential integrity of every OID reference; OID naming
 * (STYLE.md §9); unique OIDs; known algorithms of MethodDefs; our expression language in
 * ConditionDefs and RangeChecks; code list, data type and range check consistency; unit
 * conversions; design consistency (arms, randomisation, timing, blinding, SDV, dosing rules).
 *
 * <p>Thread-safe: one instance can serve all requests.
 */
public final class CrfDefinitionValidator {

  private final KnownAlgorithms knownAlgorithms;
  private final SafeXmlReader reader = new SafeXmlReader();

  /**
   * @param knownAlgorithms says which {@code NAME/VERSION:output} the platform implements
   */
  public CrfDefinitionValidator(KnownAlgorithms knownAlgorithms) {
    this.knownAlgorithms = Objects.requireNonNull(knownAlgorithms, "knownAlgorithms");
  }

  /** Validates a file read from disk; the source name is the file name. */
  public ValidationReport validate(Path file, ValidationOptions options) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      if (Files.size(file) > options.maxBytes()) {
        return tooLarge(name, options);
      }
      return validate(Files.readAllBytes(file), name, options);
    } catch (IOException e) {
      return unreadable(name, options, e);
    }
  }

  /**
   * Validates a stream, reading at most {@code options.maxBytes()} + 1 bytes: a longer stream is
   * not read further and gives the outcome TOO_LARGE. The stream is not closed.
   */
  public ValidationReport validate(
      InputStream content, String sourceName, ValidationOptions options) {
    try {
      byte[] bytes =
          content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      return validate(bytes, sourceName, options);
    } catch (IOException e) {
      return unreadable(sourceName, options, e);
    }
  }

  /** Validates the bytes of a file. */
  public ValidationReport validate(byte[] content, String sourceName, ValidationOptions options) {
    if (content.length > options.maxBytes()) {
      return tooLarge(sourceName, options);
    }
    FaultCollector faults = new FaultCollector(sourceName, options);
    if (content.length == 0) {
      faults.add(FaultKind.EMPTY, Severity.ERROR, 0, 0, "The file is empty.");
      return report(sourceName, faults, null, Optional.empty());
    }
    OdmElement root = null;
    try {
      root = reader.read(content);
      Optional<OdmElement> checked = new OdmChecks(faults, knownAlgorithms).check(root);
      Optional<StudyDefinition> definition =
          checked.filter(odm -> !faults.hasErrors()).map(StudyDefinitionMapper::map);
      return report(sourceName, faults, checked.orElse(root), definition);
    } catch (XmlReadException e) {
      faults.add(e.kind(), Severity.ERROR, e.line(), e.column(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      faults.add(
          FaultKind.INTERNAL,
          Severity.ERROR,
          0,
          0,
          "The file could not be checked completely (" + e + "); it is treated as invalid.");
    }
    return report(sourceName, faults, root, Optional.empty());
  }

  private static ValidationReport report(
      String sourceName,
      FaultCollector faults,
      OdmElement root,
      Optional<StudyDefinition> definition) {
    Outcome outcome = definition.isPresent() ? Outcome.VALID : Outcome.INVALID;
    return new ValidationReport(
        sourceName,
        outcome,
        faults.faults(),
        count(root, "FormDef"),
        count(root, "ItemDef"),
        definition);
  }

  private static int count(OdmElement root, String odmName) {
    return root == null ? 0 : (int) root.selfAndDescendants().filter(e -> e.isOdm(odmName)).count();
  }

  private static ValidationReport tooLarge(String sourceName, ValidationOptions options) {
    Fault fault =
        new Fault(
            FaultKind.TOO_LARGE,
            Severity.ERROR,
            sourceName,
            0,
            0,
            "The file is larger than the limit of "
                + options.maxBytes()
                + " bytes and was not read.");
    return new ValidationReport(
        sourceName, Outcome.TOO_LARGE, List.of(fault), 0, 0, Optional.empty());
  }

  private static ValidationReport unreadable(
      String name, ValidationOptions options, IOException e) {
    FaultCollector faults = new FaultCollector(name, options);
    faults.add(
        FaultKind.NOT_WELL_FORMED,
        Severity.ERROR,
        0,
        0,
        "The file could not be read: " + e.getMessage());
    return report(name, faults, null, Optional.empty());
  }
}
