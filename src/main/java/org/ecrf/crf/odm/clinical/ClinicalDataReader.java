package org.ecrf.crf.odm.clinical;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Reads ODM 1.3.2 clinical data (one or more ClinicalData elements) as a stream and hands the
 * caller one form at a time, so that a file of any size is read in bounded memory: the clinical
 * data API ({@code POST /api/v1/studies/{study}/clinicaldata}) and central lab imports.
 *
 * <p>Reading is safe for any input: a DOCTYPE (and with it every entity trick and external entity)
 * is refused, input size and nesting depth are limited, and nothing is fetched from anywhere. Each
 * fault says where it is and what is wrong, and the reader decides what it does: a fault inside a
 * form refuses that form and the next form is still read; a fault in a subject, study event or
 * ClinicalData refuses every form in it; XML that is not well-formed, or a limit reached, stops the
 * reading, and forms delivered before stand. With {@link ReadOptions#validateSchema()} the whole
 * file is first validated against the ODM 1.3.2 schema, and a file with schema errors delivers no
 * form.
 *
 * <p>What the reader does not do: check data against the study's definition (OIDs, data types, code
 * lists, ranges), which is the validation engine's work; accept typed ItemData elements
 * (ItemDataString…); verify signatures. Thread-safe: one instance can serve all requests.
 */
public final class ClinicalDataReader {

  private final ReadOptions options;

  public ClinicalDataReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads a source that can be opened twice when schema validation is asked for. The listener
   * receives every form in file order; an exception it throws ends the reading and is passed on.
   */
  public ReadSummary read(ClinicalDataSource source, FormDataListener listener) {
    OptionalLong size = source.size();
    if (size.isPresent() && size.getAsLong() > options.maxBytes()) {
      return stopped(
          new ClinicalDataFault(
              ClinicalFaultKind.TOO_LARGE,
              FaultEffect.STOPS_READING,
              SourcePosition.NONE,
              "The file has "
                  + size.getAsLong()
                  + " bytes, more than the limit of "
                  + options.maxBytes()
                  + "; it was not read."));
    }
    if (options.validateSchema()) {
      FaultLog log = new FaultLog();
      try (InputStream in = source.open();
          XmlCursor cursor = XmlCursor.open(in, options)) {
        if (!SchemaPass.validate(cursor, options.lenient(), log)) {
          return new ReadSummary(ReadOutcome.NOT_VALID, "", 0, 0, log.faults());
        }
      } catch (StopReading e) {
        return stopped(e.fault());
      } catch (IOException e) {
        return stopped(unreadable(e));
      }
    }
    try (InputStream in = source.open()) {
      return readStream(in, listener);
    } catch (IOException e) {
      return stopped(unreadable(e));
    }
  }

  /**
   * Reads a stream once, without schema validation (which needs a {@link ClinicalDataSource}). The
   * stream is not closed.
   *
   * @throws IllegalStateException when the options ask for schema validation
   */
  public ReadSummary read(InputStream content, FormDataListener listener) {
    if (options.validateSchema()) {
      throw new IllegalStateException(
          "Schema validation reads the input twice; pass a ClinicalDataSource");
    }
    return readStream(content, listener);
  }

  private ReadSummary readStream(InputStream content, FormDataListener listener) {
    Objects.requireNonNull(listener, "listener");
    FaultLog log = new FaultLog();
    ClinicalDataWalker walker = null;
    ReadOutcome outcome = ReadOutcome.READ_TO_END;
    try (XmlCursor cursor = XmlCursor.open(content, options)) {
      walker = new ClinicalDataWalker(cursor, options, log, listener);
      walker.walk();
    } catch (StopReading e) {
      outcome = ReadOutcome.STOPPED;
      log.add(e.fault());
      if (walker != null) {
        walker.abandonOpenForm(e.fault());
      }
    }
    return walker == null
        ? new ReadSummary(outcome, "", 0, 0, log.faults())
        : new ReadSummary(
            outcome, walker.fileOid(), walker.accepted(), walker.refused(), log.faults());
  }

  private static ReadSummary stopped(ClinicalDataFault fault) {
    return new ReadSummary(ReadOutcome.STOPPED, "", 0, 0, List.of(fault));
  }

  private static ClinicalDataFault unreadable(IOException e) {
    return new ClinicalDataFault(
        ClinicalFaultKind.UNREADABLE,
        FaultEffect.STOPS_READING,
        SourcePosition.NONE,
        "The input could not be read: " + e.getMessage());
  }
}
