package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationServerTest {

  private static final ApplicationServer.ServerLayout LAYOUT =
      ApplicationServer.ServerLayout.of(Path.of("/opt/ecrf/ecrf.jar"), Path.of("/var/ecrf"));

  @Test
  void aSingleInstanceRunsWithoutClusteringAndWithoutReportingUsage() {
    List<String> command =
        ApplicationServer.command("java", LAYOUT, 8080, List.of("-Xmx1g"), Optional.empty());

    assertThat(command)
        .containsExactly(
            "java",
            "-Xmx1g",
            "-jar",
            "/opt/ecrf/lib/payara-micro.jar",
            "--deploy",
            "/opt/ecrf/ecrf.war",
            "--contextroot",
            "/",
            "--port",
            "8080",
            "--rootdir",
            "/var/ecrf/payara",
            "--disablephonehome",
            "--nocluster");
  }

  @Test
  void aClusterMemberFindsTheOthersByTcpIpOnLoopbackAndNeverByMulticast() {
    LauncherSettings settings =
        LauncherSettings.from(
            Map.of(
                "ECRF_HTTP_PORT", "8282",
                "ECRF_CLUSTER_MEMBERS", "127.0.0.1:6981,127.0.0.1:6982",
                "ECRF_CLUSTER_PORT", "6982",
                "ECRF_CLUSTER_NAME", "two-instances"));

    List<String> command =
        ApplicationServer.command(
            "java", LAYOUT, settings.httpPort(), List.of("-Xmx512m"), settings.cluster());

    assertThat(command)
        .startsWith(
            "java",
            "-Xmx512m",
            "-Dhazelcast.socket.bind.any=false",
            "-Dhazelcast.phone.home.enabled=false",
            "-jar")
        .containsSubsequence("--port", "8282")
        .containsSubsequence("--clustermode", "tcpip:127.0.0.1:6981,127.0.0.1:6982")
        .containsSubsequence("--clustername", "two-instances")
        .containsSubsequence("--interfaces", "127.0.0.1")
        .containsSubsequence("--startport", "6982")
        .doesNotContain("--nocluster", "--mcaddress", "--mcport")
        .noneMatch(argument -> argument.startsWith("multicast"));
  }
}
