package org.ecrf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the sponsor exports of a generated study as a data manager asks for them (for TOPIT {@code
 * GET .../export/odm}, {@code .../export/sdtm?format=xpt}, {@code ...=dataset-json}; for the peer
 * study the ODM export), each answered as a complete file, and reads the server's
 * garbage-collection log for the largest heap in use during each export (the occupancy just before
 * a collection; a collection-free export stayed below the heap in use when it started).
 */
final class ExportTimings {

  /** The TOPIT exports timed, by their path below the study. */
  static final List<String> TOPIT_PATHS =
      List.of("export/odm", "export/sdtm?format=xpt", "export/sdtm?format=dataset-json");

  private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /**
   * One export.
   *
   * @param path what was asked for
   * @param status the HTTP status
   * @param nanos from the request to the last byte of the file
   * @param bytes the file's size
   * @param peakHeapMegabytes the largest heap occupancy the log shows during the export, or -1 when
   *     no collection ran
   */
  record Timing(String path, int status, long nanos, long bytes, long peakHeapMegabytes) {}

  private ExportTimings() {}

  /** The ODM export, the one timed for the peer study. */
  static final List<String> ODM_PATH = List.of("export/odm");

  static List<Timing> run(URL server, Path gcLog, String study, List<String> paths)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("dm:topit-demo-2026".getBytes(StandardCharsets.UTF_8));
    List<Timing> timings = new ArrayList<>();
    for (String path : paths) {
      long logBefore = Files.exists(gcLog) ? Files.size(gcLog) : 0;
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server + "api/v1/studies/" + study + "/" + path))
              .timeout(Duration.ofMinutes(10))
              .header("Authorization", authorization)
              .header("Accept", "*/*")
              .GET()
              .build();
      long started = System.nanoTime();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      long bytes;
      try (InputStream body = response.body()) {
        bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
      }
      long nanos = System.nanoTime() - started;
      timings.add(
          new Timing(path, response.statusCode(), nanos, bytes, peakSince(gcLog, logBefore)));
    }
    return timings;
  }

  /** The largest "before" occupancy of the collections logged after the offset, or -1. */
  static long peakSince(Path gcLog, long offset) throws IOException {
    if (!Files.exists(gcLog)) {
      return -1;
    }
    byte[] all = Files.readAllBytes(gcLog);
    String text =
        new String(
            all,
            (int) Math.min(offset, all.length),
            (int) Math.max(0, all.length - offset),
            StandardCharsets.UTF_8);
    long peak = -1;
    Matcher matcher = COLLECTION.matcher(text);
    while (matcher.find()) {
      peak = Math.max(peak, Long.parseLong(matcher.group(1)));
    }
    return peak;
  }
}
