package org.ecrf.export.sdtm;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.security.domain.Role;

/**
 * An SDTM export in progress: takes the subjects' casebooks one at a time, maps each and pushes its
 * rows into the open sinks at once (one sink per dataset of {@link SdtmDatasets}), then the
 * trial-design rows, and reconciles what was read against what the sinks wrote. Holds no subject
 * after it is written. Does not open or close the sinks.
 */
public final class SdtmStream {

  private final SdtmStudyMap map;
  private final Map<String, DatasetSink> sinks;
  private final SdtmTally tally = new SdtmTally();
  private final SubjectMapping mapping;

  /**
   * @param sinks the open sinks by dataset name, one for each dataset of {@code
   *     SdtmDatasets.of(map)}
   */
  public SdtmStream(SdtmStudyMap map, Set<Role> readerRoles, Map<String, DatasetSink> sinks) {
    this.map = map;
    this.sinks = Map.copyOf(sinks);
    this.mapping = new SubjectMapping(map, readerRoles, tally);
  }

  /** Maps and writes one subject. */
  public void subject(Casebook casebook) throws IOException {
    write(mapping.map(casebook).rows());
  }

  /** Writes the trial-design datasets and returns the reconciliation of the whole export. */
  public Reconciliation finish() throws IOException {
    Map<String, List<List<Object>>> design = new TrialDesignRows(map).rows();
    design.forEach((name, rows) -> tally.expect(name, rows.size()));
    write(design);
    Map<String, Long> written = new LinkedHashMap<>();
    SdtmDatasets.of(map).names().forEach(name -> written.put(name, sinks.get(name).rows()));
    return tally.reconciliation(written);
  }

  /** The counts so far (values by outcome, records expected). */
  public SdtmTally tally() {
    return tally;
  }

  private void write(Map<String, List<List<Object>>> rows) throws IOException {
    for (Map.Entry<String, List<List<Object>>> entry : rows.entrySet()) {
      DatasetSink sink = sinks.get(entry.getKey());
      if (sink == null) {
        throw new IllegalStateException("The export has no sink for dataset " + entry.getKey());
      }
      for (List<Object> row : entry.getValue()) {
        sink.row(row);
      }
    }
  }
}
