package org.ecrf.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Forwards the server's console output to the launcher's, unchanged, and notices the line in which
 * Payara Micro says it has finished starting ({@code ... ready in N (ms)}): from then on, an
 * application that is not up has failed to deploy, and the launcher need not wait any longer.
 */
final class ServerConsole extends OutputStream {

  private static final int MAX_LINE = 8192;

  private final OutputStream target;
  private final StringBuilder line = new StringBuilder();
  private volatile Instant bootedAt;

  private ServerConsole(OutputStream target) {
    this.target = target;
  }

  /** Starts a daemon thread that copies {@code server} output to {@code target}. */
  static ServerConsole follow(InputStream server, OutputStream target) {
    ServerConsole console = new ServerConsole(target);
    Thread copier =
        new Thread(
            () -> {
              try (server) {
                server.transferTo(console);
              } catch (IOException e) {
                // the server's output ended with the server
              }
            },
            "ecrf-server-console");
    copier.setDaemon(true);
    copier.start();
    return console;
  }

  /** When Payara Micro reported that it has started (deployments included), if it has. */
  Optional<Instant> bootedAt() {
    return Optional.ofNullable(bootedAt);
  }

  @Override
  public void write(int b) throws IOException {
    target.write(b);
    watch((char) b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    target.write(bytes, offset, length);
    String text = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    for (int i = 0; i < text.length(); i++) {
      watch(text.charAt(i));
    }
  }

  /**
   * The marker is ASCII, so reading the bytes as ISO-8859-1 finds it whatever the encoding of the
   * rest.
   */
  private void watch(char c) {
    if (c == '\n') {
      if (bootedAt == null
          && line.indexOf("Payara Micro") >= 0
          && line.indexOf(" ready in ") >= 0) {
        bootedAt = Instant.now();
      }
      line.setLength(0);
    } else if (line.length() < MAX_LINE) {
      line.append(c);
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }
}
