package id.aduanterbuka.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a node joins the others of a cluster (Payara Micro's built-in Hazelcast data grid): the
 * grid's name, its members as fixed {@code host:port} addresses (TCP/IP discovery, never
 * multicast), the first Hazelcast port this node tries, the interface it binds, and the node's
 * unique name. From {@code ADUAN_CLUSTER_*} and {@code ADUAN_NODE_NAME}; docs/deployment.md,
 * section "Cluster".
 *
 * <p>Hazelcast OSS has no authentication: the grid must only be reachable between the nodes
 * (loopback, a private network, a firewall).
 */
public record ClusterSettings(
    String name, List<String> members, int startPort, String bindInterface, String nodeName) {

  private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

  public ClusterSettings {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "ADUAN_CLUSTER_NAME must be 1-64 letters, digits, '.', '_' or '-', was '" + name + "'");
    }
    if (!NAME.matcher(nodeName).matches()) {
      throw new IllegalArgumentException(
          "ADUAN_NODE_NAME must be 1-64 letters, digits, '.', '_' or '-', was '" + nodeName + "'");
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException(
          "ADUAN_CLUSTER_MEMBERS must list the nodes' Hazelcast addresses, e.g."
              + " 10.0.0.11:6900,10.0.0.12:6900");
    }
    for (String member : members) {
      if (!MEMBER.matcher(member).matches()) {
        throw new IllegalArgumentException(
            "ADUAN_CLUSTER_MEMBERS entries are host:port, was '" + member + "'");
      }
    }
    if (startPort < 1024 || startPort > 65_000) {
      throw new IllegalArgumentException(
          "ADUAN_CLUSTER_PORT must be between 1024 and 65000, was " + startPort);
    }
    members = List.copyOf(members);
  }

  /** The settings of a clustered node, from the environment ({@code bin/aduan run --cluster}). */
  public static ClusterSettings from(Map<String, String> env, int httpPort) {
    String members = env.getOrDefault("ADUAN_CLUSTER_MEMBERS", "").strip();
    return new ClusterSettings(
        env.getOrDefault("ADUAN_CLUSTER_NAME", "aduan").strip(),
        members.isEmpty() ? List.of() : List.of(members.split("\\s*,\\s*")),
        CliSettings.intValue(env, "ADUAN_CLUSTER_PORT", 6900),
        env.getOrDefault("ADUAN_CLUSTER_INTERFACE", "127.0.0.1").strip(),
        env.getOrDefault("ADUAN_NODE_NAME", "node-" + httpPort).strip());
  }

  /** Payara Micro's options for this node. */
  List<String> payaraArguments() {
    return List.of(
        "--clustermode",
        "tcpip:" + String.join(",", members),
        "--clustername",
        name,
        "--startport",
        String.valueOf(startPort),
        "--interfaces",
        bindInterface,
        "--name",
        nodeName);
  }
}
