package id.aduanterbuka.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InstanceServiceTest {
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicInteger overviews = new AtomicInteger();
  private final InstanceQueries queries =
      new InstanceQueries() {
        @Override
        public InstanceOverview overview() {
          return new InstanceOverview(overviews.incrementAndGet(), 0, 0, 0, 0);
        }

        @Override
        public DataVersion dataVersion() {
          return new DataVersion(reads.incrementAndGet(), Instant.EPOCH);
        }

        @Override
        public boolean databaseReachable(int timeoutSeconds) {
          return true;
        }
      };

  @Test
  void theVersionIsReusedForItsPeriodAndReadAgainWhenForgotten() {
    AtomicLong now = new AtomicLong();
    InstanceService instance = new InstanceService(queries, now::get, 60_000);

    assertEquals(1, instance.dataVersion().version());
    now.addAndGet(59_999);
    assertEquals(1, instance.dataVersion().version(), "reused within the period");
    instance.forgetDataVersion();
    assertEquals(2, instance.dataVersion().version(), "read again after a change was announced");
    now.addAndGet(60_000);
    assertEquals(3, instance.dataVersion().version(), "read again after the period");
  }

  @Test
  void theHeadlineCountsAreCountedAgainOnlyWhenTheDataVersionMoves() {
    AtomicLong now = new AtomicLong();
    InstanceService instance = new InstanceService(queries, now::get, 1_000);

    assertEquals(1, instance.overview().publicComplaints());
    now.addAndGet(5_000); // the version is read again (2): a new version, counted again
    assertEquals(2, instance.overview().publicComplaints());
    assertEquals(2, instance.overview().publicComplaints(), "same version: not counted again");
    instance.forgetDataVersion(); // read again (3): moved
    assertEquals(3, instance.overview().publicComplaints());
  }

  @Test
  void theReusePeriodComesFromTheEnvironment() {
    assertEquals(InstanceService.VERSION_TTL_MILLIS, InstanceService.reuseMillis(Map.of()));
    assertEquals(600_000, InstanceService.reuseMillis(Map.of(InstanceService.REUSE_ENV, "600000")));
    assertThrows(
        IllegalArgumentException.class,
        () -> InstanceService.reuseMillis(Map.of(InstanceService.REUSE_ENV, "ten")));
  }
}
