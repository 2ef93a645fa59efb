package org.ecrf.crf.odm.clinical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A listener for small test files: keeps every form, accepted or refused, and the summary. */
final class CollectedForms implements FormDataListener {

  final List<FormDataSubmission> accepted = new ArrayList<>();
  final List<RefusedForm> refused = new ArrayList<>();
  ReadSummary summary;

  @Override
  public void accepted(FormDataSubmission form) {
    accepted.add(form);
  }

  @Override
  public void refused(RefusedForm form) {
    refused.add(form);
  }

  /** Reads XML text with the options. */
  static CollectedForms read(String xml, ReadOptions options) {
    CollectedForms forms = new CollectedForms();
    forms.summary =
        new ClinicalDataReader(options)
            .read(ClinicalDataSource.of(xml.getBytes(StandardCharsets.UTF_8)), forms);
    return forms;
  }

  static CollectedForms read(String xml) {
    return read(xml, ReadOptions.defaults());
  }

  /** Reads a file under {@code src/test/resources/crf/clinical/}. */
  static CollectedForms readResource(String name, ReadOptions options) {
    return read(resource(name), options);
  }

  static String resource(String name) {
    try (InputStream in = CollectedForms.class.getResourceAsStream("/crf/clinical/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test file /crf/clinical/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The faults of all refused forms, in order. */
  List<ClinicalDataFault> refusalFaults() {
    return refused.stream().flatMap(form -> form.faults().stream()).toList();
  }
}
