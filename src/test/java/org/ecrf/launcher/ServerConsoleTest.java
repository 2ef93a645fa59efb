package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConsoleTest {

  @Test
  void forwardsOutputUnchangedAndNoticesThatPayaraHasStarted() throws Exception {
    String output =
        "Starting…\n[INFO] [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 19,771 (ms)\nmore\n";
    ByteArrayOutputStream target = new ByteArrayOutputStream();

    ServerConsole console =
        ServerConsole.follow(
            new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)), target);

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (console.bootedAt().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(console.bootedAt()).isPresent();
    Thread.sleep(50);
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo(output);
  }

  @Test
  void otherLinesDoNotCountAsStarted() throws Exception {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    ServerConsole console =
        ServerConsole.follow(
            new ByteArrayInputStream(
                "the database is ready in a moment\nPayara Micro starting\n".getBytes()),
            target);

    Thread.sleep(200);
    assertThat(console.bootedAt()).isEmpty();
  }
}
