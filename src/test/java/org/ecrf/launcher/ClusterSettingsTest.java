package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.ecrf.launcher.ClusterSettings.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterSettingsTest {

  @Test
  void withoutAMemberListTheInstanceRunsAlone() {
    assertThat(
            ClusterSettings.from(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .isEmpty();
  }

  @Test
  void twoInstancesOnLoopbackEachNameTheirOwnPort() {
    ClusterSettings second =
        cluster("127.0.0.1:6981, 127.0.0.1:6982", "6982", null, null).orElseThrow();

    assertThat(second.members())
        .containsExactly(new Member("127.0.0.1", 6981), new Member("127.0.0.1", 6982));
    assertThat(second.networkInterface()).isEqualTo("127.0.0.1");
    assertThat(second.port()).isEqualTo(6982);
    assertThat(second.name()).isEqualTo("ecrf");
    assertThat(second.self()).hasToString("127.0.0.1:6982");
  }

  @Test
  void onSeveralMachinesThePortIsTheOneMemberOnThisMachinesAddress() {
    ClusterSettings settings =
        cluster("10.0.0.5:6900,10.0.0.6:6900", null, "topit-prod", "10.0.0.6").orElseThrow();

    assertThat(settings.port()).isEqualTo(6900);
    assertThat(settings.self()).isEqualTo(new Member("10.0.0.6", 6900));
    assertThat(settings.name()).isEqualTo("topit-prod");
  }

  @Test
  void payaraFindsTheMembersByTcpIpOnlyListensOnTheInterfaceAndJoinsOnlyItsCluster() {
    ClusterSettings settings =
        cluster("127.0.0.1:6981,127.0.0.1:6982", "6981", "it-run-7", null).orElseThrow();

    assertThat(settings.payaraOptions())
        .containsExactly(
            "--clustermode",
            "tcpip:127.0.0.1:6981,127.0.0.1:6982",
            "--clustername",
            "it-run-7",
            "--interfaces",
            "127.0.0.1",
            "--startport",
            "6981");
    assertThat(ClusterSettings.jvmOptions())
        .containsExactly(
            "-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false");
  }

  @ParameterizedTest(name = "{0} / port {1} / interface {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          127.0.0.1                     | -     | -         | '127.0.0.1' is not one
          127.0.0.1:6900;127.0.0.1:6901 | -     | -         | '127.0.0.1:6900;127.0.0.1:6901' is not one
          localhost:6900                | -     | -         | 'localhost:6900' is not one
          127.0.0.1:0                   | -     | -         | '127.0.0.1:0' is not one
          127.0.0.1:65536               | -     | -         | '127.0.0.1:65536' is not one
          127.0.0.256:6900              | -     | -         | '127.0.0.256:6900' is not one
          127.0.0.1:6900,               | -     | -         | '' is not one
          127.0.0.1:6900,127.0.0.1:6900 | -     | -         | names 127.0.0.1:6900 twice
          127.0.0.1:6900,10.0.0.6:6900  | 6900  | -         | has 10.0.0.6:6900 but the data grid listens on 127.0.0.1 (loopback)
          10.0.0.5:6900,127.0.0.1:6900  | -     | 10.0.0.5  | has 127.0.0.1:6900 but the data grid listens on 10.0.0.5
          127.0.0.1:6900                | -     | 0.0.0.0   | ECRF_CLUSTER_INTERFACE is one IPv4 address
          127.0.0.1:6900                | -     | eth0      | ECRF_CLUSTER_INTERFACE is one IPv4 address
          127.0.0.1:6900,127.0.0.1:6901 | -     | -         | Several members of ECRF_CLUSTER_MEMBERS are on 127.0.0.1
          10.0.0.5:6900,10.0.0.6:6900   | -     | 10.0.0.7  | No member of ECRF_CLUSTER_MEMBERS is on 10.0.0.7
          127.0.0.1:6900,127.0.0.1:6901 | 6902  | -         | ECRF_CLUSTER_PORT 6902 is not among ECRF_CLUSTER_MEMBERS on 127.0.0.1
          127.0.0.1:6900,127.0.0.1:6901 | 69o1  | -         | ECRF_CLUSTER_PORT must be a port number between 1 and 65535, not '69o1'
          """)
  void aSettingThatDoesNotFitIsRefusedWithTheReason(
      String members, String port, String networkInterface, String reason) {
    assertThatThrownBy(() -> cluster(members, port, null, networkInterface))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @CsvSource({"'ecrf cluster'", "'it/7'", "'x''--clustermode'"})
  void aClusterNameIsOneWordOfSafeCharacters(String name) {
    assertThatThrownBy(() -> cluster("127.0.0.1:6900", null, name, null))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("ECRF_CLUSTER_NAME");
  }

  @Test
  void clusterSettingsWithoutAMemberListAreAMistakeNotIgnored() {
    assertThatThrownBy(
            () ->
                ClusterSettings.from(
                    Optional.empty(), Optional.of("6900"), Optional.empty(), Optional.empty()))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("set ECRF_CLUSTER_MEMBERS too");
  }

  private static Optional<ClusterSettings> cluster(
      String members, String port, String name, String networkInterface) {
    return ClusterSettings.from(
        Optional.ofNullable(members),
        Optional.ofNullable(port),
        Optional.ofNullable(name),
        Optional.ofNullable(networkInterface));
  }
}
