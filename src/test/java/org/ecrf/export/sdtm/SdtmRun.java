package org.ecrf.export.sdtm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.security.domain.Role;

/** One SDTM export of some casebooks into a {@link CollectingFormat}, as SdtmExport runs it. */
final class SdtmRun {

  final CollectingFormat format = new CollectingFormat();
  final Reconciliation reconciliation;
  final SdtmTally tally;

  SdtmRun(SdtmStudyMap map, Set<Role> roles, List<Casebook> casebooks) {
    DatasetFileInfo file =
        new DatasetFileInfo("TOPIT", "MDV.1", Instant.EPOCH, "test", "test", "1");
    Map<String, DatasetSink> sinks = new LinkedHashMap<>();
    for (Dataset dataset : SdtmDatasets.of(map).datasets()) {
      sinks.put(dataset.name(), format.open(dataset, file, OutputStream.nullOutputStream()));
    }
    SdtmStream stream = new SdtmStream(map, roles, sinks);
    try {
      for (Casebook casebook : casebooks) {
        stream.subject(casebook);
      }
      reconciliation = stream.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tally = stream.tally();
  }

  static SdtmRun of(Casebook... casebooks) {
    return new SdtmRun(TopitSdtm.map(), Set.of(Role.DATA_MANAGER), List.of(casebooks));
  }

  List<Map<String, Object>> rows(String dataset) {
    return format.rows(dataset);
  }
}
