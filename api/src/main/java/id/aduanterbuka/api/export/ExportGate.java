package id.aduanterbuka.api.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many full exports stream at once ({@code aduan.api.exports.max-concurrent}, default 2). A
 * download of a million complaints holds a request thread for half a minute, and the server runs
 * few request threads (bin/aduan sizes the pool to the cores, docs/benchmarks.md): unbounded
 * downloads would starve every other client. A download beyond the limit is refused at once with
 * 503 and {@code Retry-After} instead of queueing behind the others.
 */
@ApplicationScoped
public class ExportGate {
  /** Seconds a refused client is asked to wait: about one full download on a small server. */
  static final int RETRY_AFTER_SECONDS = 30;

  private Semaphore slots;
  private int limit;

  protected ExportGate() {}

  @Inject
  public ExportGate(
      @ConfigProperty(name = "aduan.api.exports.max-concurrent", defaultValue = "2") int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("aduan.api.exports.max-concurrent must be at least 1");
    }
    this.limit = limit;
    this.slots = new Semaphore(limit);
  }

  public int limit() {
    return limit;
  }

  /** A slot for one download, or empty when all are taken. */
  public Optional<Slot> tryEnter() {
    return slots.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
  }

  /** One running download; closing it (once or more) frees the slot. */
  public final class Slot implements AutoCloseable {
    private final AtomicBoolean open = new AtomicBoolean(true);

    private Slot() {}

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        slots.release();
      }
    }
  }
}
