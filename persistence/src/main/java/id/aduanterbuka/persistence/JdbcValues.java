package id.aduanterbuka.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads dates and instants from result sets without {@code getObject(column, Class)}: Payara's
 * connection-pool wrapper resolves that JDBC 4.1 method by reflection on every call, which was a
 * tenth of the complaint list's CPU time (JFR, docs/benchmarks.md). {@code timestamptz} values
 * carry their offset, so {@link Timestamp#toInstant()} is exact whatever the JVM's time zone; a
 * {@code date} read as {@link Date} converts back to the same calendar day.
 */
public final class JdbcValues {
  private JdbcValues() {}

  /** A {@code timestamptz} column, or null. */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** A {@code date} column, or null. */
  public static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
