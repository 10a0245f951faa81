package id.aduanterbuka.shared;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Tells a failure of a backing service that cannot answer right now (the database down, restarting,
 * overloaded, or a query cut off by its time limit) from a bug, so the interfaces can answer "try
 * again shortly" instead of "our fault". The storage layer knows what such failures look like and
 * provides the implementation as a {@link ServiceLoader} service; without one, nothing counts as
 * unavailable.
 */
public interface Unavailability {
  /**
   * A short, non-sensitive code for why {@code failure} (or one of its causes) means the service is
   * unavailable — never a message, which could quote data — or empty when it is something else.
   */
  Optional<String> reason(Throwable failure);

  /** The implementation on the class path, or one that finds nothing unavailable. */
  static Unavailability detect() {
    return ServiceLoader.load(Unavailability.class, Unavailability.class.getClassLoader())
        .findFirst()
        .orElse(failure -> Optional.empty());
  }
}
