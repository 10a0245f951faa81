package id.aduanterbuka.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {
  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aHungProbeIsANoWithinTheBoundAndIsNotStartedTwice() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    BoundedProbe probe =
        new BoundedProbe(
            () -> {
              started.incrementAndGet();
              try {
                return release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                return false;
              }
            },
            executor,
            200);

    long t0 = System.nanoTime();
    assertFalse(probe.answer());
    assertFalse(probe.answer(), "still hung: still no");
    long tookMillis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(tookMillis < 5_000, "two answers in " + tookMillis + " ms");
    assertEquals(1, started.get(), "the second call waited for the running probe");

    release.countDown();
    assertTrue(probe.answer(), "the hung probe's own answer, or a fresh one's once it ended");
    int before = started.get();
    assertTrue(probe.answer());
    assertEquals(before + 1, started.get(), "a finished probe is not reused: a fresh one runs");
  }

  @Test
  void aFailingOrRefusedProbeIsANo() {
    assertFalse(
        new BoundedProbe(
                () -> {
                  throw new IllegalStateException("no connection");
                },
                executor,
                1_000)
            .answer());
    assertFalse(
        new BoundedProbe(
                () -> true,
                r -> {
                  throw new RejectedExecutionException();
                },
                1_000)
            .answer());
    assertTrue(new BoundedProbe(() -> true, executor, 1_000).answer());
  }
}
