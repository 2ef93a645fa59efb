package org.ecrf.export.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import org.ecrf.export.application.ExportJobs;

/**
 * A finished export's file as an HTTP answer: streamed from disk, named for saving, with its size
 * and its SHA-256 both as hexadecimal ({@code X-Content-SHA256}) and as the standard {@code Digest}
 * header.
 */
final class ExportDownloads {

  private ExportDownloads() {}

  static Response answer(ExportJobs.Download download, long jobId) {
    StreamingOutput body = out -> Files.copy(download.path(), out);
    String base64 =
        Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.file().sha256()));
    return Response.ok(body, download.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + download.file().name() + "\"")
        .header("Content-Length", download.file().bytes())
        .header("X-Content-SHA256", download.file().sha256())
        .header("Digest", "sha-256=" + base64)
        .header("X-Export-Id", jobId)
        .build();
  }
}
