package org.ecrf.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Several application instances on one database ({@code ECRF_CLUSTER_MEMBERS}). Their Payara Micro
 * data grid (Hazelcast) shares the page sessions, so a user may be served by any instance. It finds
 * the other instances only at the listed addresses (TCP/IP discovery, never multicast), listens
 * only on one interface of this machine ({@code ECRF_CLUSTER_INTERFACE}, loopback by default) and
 * joins only a cluster of the same name ({@code ECRF_CLUSTER_NAME}), so that unrelated instances
 * never merge.
 *
 * @param members every instance's data grid address, this one's too
 * @param networkInterface the IPv4 address of this machine the data grid listens on
 * @param port this instance's data grid port (one of the members on the interface)
 * @param name the cluster name
 */
record ClusterSettings(List<Member> members, String networkInterface, int port, String name) {

  static final String DEFAULT_INTERFACE = "127.0.0.1";
  static final String DEFAULT_NAME = "ecrf";

  private static final Pattern MEMBER = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):(\\d{1,5})");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  ClusterSettings {
    members = List.copyOf(members);
  }

  /**
   * The cluster described by the settings, or none when {@code ECRF_CLUSTER_MEMBERS} is not set.
   *
   * @throws LauncherException naming the setting that does not fit, and why
   */
  static Optional<ClusterSettings> from(
      Optional<String> memberList,
      Optional<String> port,
      Optional<String> name,
      Optional<String> networkInterface) {
    if (memberList.isEmpty()) {
      if (port.isPresent() || name.isPresent() || networkInterface.isPresent()) {
        throw new LauncherException(
            "ECRF_CLUSTER_PORT, ECRF_CLUSTER_NAME and ECRF_CLUSTER_INTERFACE apply to a cluster:"
                + " set ECRF_CLUSTER_MEMBERS too (e.g. 127.0.0.1:6900,127.0.0.1:6901)");
      }
      return Optional.empty();
    }
    String address = networkInterface.orElse(DEFAULT_INTERFACE);
    if (!isIpv4(address) || address.equals("0.0.0.0")) {
      throw new LauncherException(
          "ECRF_CLUSTER_INTERFACE is one IPv4 address of this machine, not '" + address + "'");
    }
    List<Member> members = members(memberList.get());
    requireOneSideOfLoopback(members, address);
    String cluster = name.orElse(DEFAULT_NAME);
    if (!NAME.matcher(cluster).matches()) {
      throw new LauncherException(
          "ECRF_CLUSTER_NAME has 1 to 64 letters, digits, '.', '_' or '-', not '" + cluster + "'");
    }
    return Optional.of(
        new ClusterSettings(members, address, ownPort(members, address, port), cluster));
  }

  /** The Payara Micro options that put the instance into this cluster. */
  List<String> payaraOptions() {
    return List.of(
        "--clustermode",
        "tcpip:" + members.stream().map(Member::toString).collect(Collectors.joining(",")),
        "--clustername",
        name,
        "--interfaces",
        networkInterface,
        "--startport",
        Integer.toString(port));
  }

  /**
   * JVM options of the server: the data grid's sockets on the interface only, not on every address
   * of the machine, and no usage report from Hazelcast to its vendor.
   */
  static List<String> jvmOptions() {
    return List.of("-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false");
  }

  /** This instance's data grid address, as the other members list it. */
  Member self() {
    return new Member(networkInterface, port);
  }

  /** One instance's data grid address, {@code host:port}. */
  record Member(String host, int port) {

    boolean onLoopback() {
      return host.startsWith("127.");
    }

    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  private static List<Member> members(String list) {
    List<Member> members = new ArrayList<>();
    for (String entry : list.split(",", -1)) {
      Matcher matcher = MEMBER.matcher(entry.trim());
      int port = matcher.matches() ? parsePort(matcher.group(2)) : 0;
      if (!matcher.matches() || !isIpv4(matcher.group(1)) || port == 0) {
        throw new LauncherException(
            "ECRF_CLUSTER_MEMBERS is a comma-separated list of IPv4-address:port (e.g."
                + " 127.0.0.1:6900,127.0.0.1:6901); '"
                + entry.trim()
                + "' is not one");
      }
      Member member = new Member(matcher.group(1), port);
      if (members.contains(member)) {
        throw new LauncherException("ECRF_CLUSTER_MEMBERS names " + member + " twice");
      }
      members.add(member);
    }
    return members;
  }

  /**
   * A data grid on loopback cannot reach members on other machines, nor one on a network address
   * members on loopback.
   */
  private static void requireOneSideOfLoopback(List<Member> members, String networkInterface) {
    boolean loopback = networkInterface.startsWith("127.");
    for (Member member : members) {
      if (member.onLoopback() != loopback) {
        throw new LauncherException(
            "ECRF_CLUSTER_MEMBERS has "
                + member
                + " but the data grid listens on "
                + networkInterface
                + (loopback
                    ? " (loopback): set ECRF_CLUSTER_INTERFACE to this machine's network address"
                    : ": a member on loopback is unreachable from there"));
      }
    }
  }

  private static int ownPort(List<Member> members, String networkInterface, Optional<String> port) {
    List<Integer> here =
        members.stream().filter(m -> m.host().equals(networkInterface)).map(Member::port).toList();
    if (port.isPresent()) {
      int chosen = parsePort(port.get());
      if (chosen == 0) {
        throw new LauncherException(
            "ECRF_CLUSTER_PORT must be a port number between 1 and 65535, not '"
                + port.get()
                + "'");
      }
      if (!here.contains(chosen)) {
        throw new LauncherException(
            "ECRF_CLUSTER_PORT "
                + chosen
                + " is not among ECRF_CLUSTER_MEMBERS on "
                + networkInterface
                + ": list every instance, this one too");
      }
      return chosen;
    }
    if (here.size() != 1) {
      throw new LauncherException(
          (here.isEmpty() ? "No member" : "Several members")
              + " of ECRF_CLUSTER_MEMBERS "
              + (here.isEmpty() ? "is" : "are")
              + " on "
              + networkInterface
              + ": set ECRF_CLUSTER_PORT to this instance's data grid port");
    }
    return here.get(0);
  }

  private static boolean isIpv4(String address) {
    if (!IPV4.matcher(address).matches()) {
      return false;
    }
    for (String part : address.split("\\.")) {
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** The port, or 0 when the text is not one between 1 and 65535. */
  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text.trim());
      return port >= 1 && port <= 65535 ? port : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
