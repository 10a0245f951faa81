package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
  @Test
  void aNodeJoinsTheListedMembersOnly() {
    ClusterSettings settings =
        ClusterSettings.from(
            Map.of(
                "ADUAN_CLUSTER_MEMBERS", "10.0.0.11:6900, 10.0.0.12:6900",
                "ADUAN_CLUSTER_NAME", "jateng",
                "ADUAN_CLUSTER_INTERFACE", "10.0.0.11",
                "ADUAN_NODE_NAME", "web-1"),
            8080);

    assertEquals(
        List.of(
            "--clustermode",
            "tcpip:10.0.0.11:6900,10.0.0.12:6900",
            "--clustername",
            "jateng",
            "--startport",
            "6900",
            "--interfaces",
            "10.0.0.11",
            "--name",
            "web-1"),
        settings.payaraArguments());
  }

  @Test
  void defaultsKeepTheGridOnLoopbackAndNameTheNodeByItsPort() {
    ClusterSettings settings =
        ClusterSettings.from(Map.of("ADUAN_CLUSTER_MEMBERS", "127.0.0.1:6900"), 8081);

    assertEquals("aduan", settings.name());
    assertEquals("127.0.0.1", settings.bindInterface());
    assertEquals("node-8081", settings.nodeName());
  }

  @Test
  void missingOrMalformedSettingsAreRefusedWithTheVariablesName() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ClusterSettings.from(Map.of(), 8080))
            .getMessage()
            .contains("ADUAN_CLUSTER_MEMBERS"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ClusterSettings.from(Map.of("ADUAN_CLUSTER_MEMBERS", "db; rm -rf /"), 8080))
            .getMessage()
            .contains("host:port"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ClusterSettings.from(
                        Map.of("ADUAN_CLUSTER_MEMBERS", "127.0.0.1:6900", "ADUAN_NODE_NAME", "a b"),
                        8080))
            .getMessage()
            .contains("ADUAN_NODE_NAME"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ClusterSettings.from(
                Map.of("ADUAN_CLUSTER_MEMBERS", "127.0.0.1:6900", "ADUAN_CLUSTER_PORT", "80"),
                8080));
  }

  @Test
  void aSingleNodeKeepsAOneMemberGridOnLoopback() {
    assertEquals(
        List.of("--nocluster", "--interfaces", "127.0.0.1"),
        PayaraMicroProcess.gridArguments(null));
  }

  @Test
  void runTakesOnlyTheClusterOption() {
    assertEquals(null, Main.runCluster(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Main.runCluster(List.of("--nodes", "2")));
  }
}
