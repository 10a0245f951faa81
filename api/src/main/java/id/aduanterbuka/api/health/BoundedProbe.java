package id.aduanterbuka.api.health;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A yes/no probe answered within a bound: a probe that has not answered by then counts as "no". At
 * most one probe runs at a time; callers arriving while it runs wait for that one (up to the same
 * bound) instead of starting another, so a hung dependency holds one worker thread, not one per
 * poll. Made for readiness against a frozen PostgreSQL, where the probe's own query waits for the
 * socket timeout (20 s) but a load balancer needs its answer in seconds.
 */
final class BoundedProbe {
  private final BooleanSupplier probe;
  private final Executor executor;
  private final long boundMillis;
  private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();

  BoundedProbe(BooleanSupplier probe, Executor executor, long boundMillis) {
    this.probe = probe;
    this.executor = executor;
    this.boundMillis = boundMillis;
  }

  boolean answer() {
    CompletableFuture<Boolean> current = running.get();
    if (current == null || current.isDone()) {
      CompletableFuture<Boolean> next = new CompletableFuture<>();
      if (running.compareAndSet(current, next)) {
        try {
          executor.execute(
              () -> {
                try {
                  next.complete(probe.getAsBoolean());
                } catch (RuntimeException e) {
                  next.complete(false);
                }
              });
        } catch (RuntimeException rejected) {
          next.complete(false);
        }
      }
      current = running.get();
    }
    try {
      return current.get(boundMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
