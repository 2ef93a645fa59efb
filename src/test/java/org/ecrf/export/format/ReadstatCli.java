package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code readstat} command (ReadStat 1.1.8, installed by CI), an independent reader of SAS
 * transport files: the test oracle for {@link XptFormat}.
 */
public final class ReadstatCli {

  private ReadstatCli() {}

  /** The file's observations as readstat's CSV (numbers printed with six decimals). */
  public static List<String> csv(Path xpt) throws IOException, InterruptedException {
    Path csv = xpt.resolveSibling(xpt.getFileName() + ".csv");
    run("readstat", xpt.toString(), csv.toString());
    return Files.readAllLines(csv, StandardCharsets.UTF_8);
  }

  /** What readstat reports about the file (format, table name and label, columns). */
  public static String metadata(Path xpt) throws IOException, InterruptedException {
    return run("readstat", xpt.toString());
  }

  /** The variables' names and labels as JSON, through SPSS .sav and {@code extract_metadata}. */
  static String variables(Path xpt) throws IOException, InterruptedException {
    Path sav = xpt.resolveSibling(xpt.getFileName() + ".sav");
    Path json = xpt.resolveSibling(xpt.getFileName() + ".meta.json");
    run("readstat", xpt.toString(), sav.toString());
    run("extract_metadata", sav.toString(), json.toString());
    return Files.readString(json, StandardCharsets.UTF_8);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    assertThat(process.exitValue()).as("%s exit: %s", List.of(command), output).isZero();
    return output;
  }
}
