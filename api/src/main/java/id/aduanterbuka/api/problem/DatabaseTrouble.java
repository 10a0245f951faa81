package id.aduanterbuka.api.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells an unreachable or overloaded database from a bug: an error whose cause chain holds a
 * PostgreSQL connection failure (SQLSTATE class 08), a server shutting down or starting ({@code
 * 57P01}–{@code 57P03}), too many connections ({@code 53300}) or a query cancelled by {@code
 * statement_timeout} ({@code 57014}) is the database's state, not the request's fault; the API
 * answers it 503 with {@code Retry-After} rather than 500 (docs/operations.md).
 */
final class DatabaseTrouble {
  /** Seconds a client should wait: the pool re-validates its connections about this often. */
  static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseTrouble() {}

  /**
   * The SQLSTATE that shows the database unavailable somewhere in {@code error}'s causes (and the
   * chained SQL exceptions), or null when there is none. Only the code is returned: messages may
   * quote SQL and are never logged or shown.
   */
  static String unavailableState(Throwable error) {
    return unavailableState(error, new IdentityHashMap<>());
  }

  private static String unavailableState(Throwable error, Map<Throwable, Boolean> seen) {
    for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (unavailable(s.getSQLState())) {
            return s.getSQLState();
          }
          String nested = s == sql ? null : unavailableState(s, seen);
          if (nested != null) {
            return nested;
          }
        }
      }
    }
    return null;
  }

  private static boolean unavailable(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || state.equals("53300")
            || state.equals("57014"));
  }
}
