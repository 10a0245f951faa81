package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroProcessTest {
  @TempDir Path dir;

  private PayaraMicroProcess.Options options(int threads) {
    return new PayaraMicroProcess.Options(
        dir.resolve("payara.jar"),
        dir.resolve("app.war"),
        8080,
        "1g",
        threads,
        dir,
        Map.of(),
        null);
  }

  @Test
  void theHttpPoolIsSizedBeforeBootAndTheOperatorsCommandsFollow() throws Exception {
    Path own = Files.writeString(dir.resolve("own.asadmin"), "set-log-levels x=INFO\n");

    List<String> commands =
        Files.readAllLines(PayaraMicroProcess.preBoot(options(6), own.toString()));

    String pool = "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
    String http =
        "configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    assertEquals(
        List.of(
            "set " + pool + "max-thread-pool-size=6",
            "set " + pool + "min-thread-pool-size=6",
            "set " + http + "server-header=false",
            "set " + http + "max-post-size-bytes=104857600",
            "set-log-levels x=INFO"),
        commands);
    assertEquals(4, Files.readAllLines(PayaraMicroProcess.preBoot(options(4), null)).size());
  }
}
