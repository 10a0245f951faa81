package id.aduanterbuka.persistence;

import id.aduanterbuka.shared.Unavailability;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells an unreachable or overloaded database from a bug: an error whose cause chain holds a
 * PostgreSQL connection failure (SQLSTATE class 08), a server shutting down or starting ({@code
 * 57P01}–{@code 57P03}), too many connections ({@code 53300}) or a query cancelled by {@code
 * statement_timeout} ({@code 57014}) is the database's state, not the request's fault; the API
 * answers it 503 with {@code Retry-After} rather than 500. Found through {@link
 * Unavailability#detect()} (META-INF/services); the reason given is the SQLSTATE alone, since
 * messages may quote SQL.
 */
public final class DatabaseUnavailability implements Unavailability {
  @Override
  public Optional<String> reason(Throwable failure) {
    return Optional.ofNullable(unavailableState(failure, new IdentityHashMap<>()))
        .map(state -> "SQLSTATE " + state);
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
