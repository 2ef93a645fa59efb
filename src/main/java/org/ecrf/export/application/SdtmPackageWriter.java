package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.ExportRequest;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.format.DatasetFormats;

/**
 * The SDTM export as one zip: a file per dataset in the requested format and the {@code define.xml}
 * that describes them. The datasets are written side by side into a scratch folder (every dataset
 * grows as the subjects pass), then zipped one after the other and the folder removed, so memory
 * holds one subject and one copy buffer whatever the study's size.
 */
@ApplicationScoped
public class SdtmPackageWriter implements ExportWriter {

  static final String DEFINE_FILE = "define.xml";

  @Inject private SdtmExport sdtm;
  @Inject private DefineDocuments defines;
  @Inject private ExportDirectory directory;

  @Override
  public ExportKind kind() {
    return ExportKind.SDTM;
  }

  @Override
  public Reconciliation write(ExportRequest request, OutputStream out, ExportProgress progress)
      throws IOException {
    DatasetFormat format = DatasetFormats.byName(request.format().orElseThrow());
    Path scratch = Files.createTempDirectory(directory.folderOf(request.studyOid()), "sdtm-");
    try {
      Reconciliation counts = sdtm.write(ExportWriter.scopeOf(request), format, scratch, progress);
      try (OutputStream define = Files.newOutputStream(scratch.resolve(DEFINE_FILE))) {
        defines.write(request.studyOid(), format.extension(), define);
      }
      zip(scratch, out);
      return counts;
    } finally {
      deleteTree(scratch);
    }
  }

  private static void zip(Path folder, OutputStream out) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Path file : files) {
      zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
      Files.copy(file, zip);
      zip.closeEntry();
    }
    zip.finish();
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
