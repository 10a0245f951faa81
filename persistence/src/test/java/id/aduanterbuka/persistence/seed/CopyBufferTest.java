package id.aduanterbuka.persistence.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

class CopyBufferTest {

  @Test
  void textsTimesAndNullsSurviveTheRoundTrip() throws SQLException {
    String tricky = "tab\there, baris\nbaru, CR\r, garis miring \\N \\ dan “kutip” – Rp1.000 🙂";
    long at = OffsetDateTime.parse("2024-02-29T23:59:58+07:00").toEpochSecond();
    try (Connection c = PostgresTestDatabase.create().connection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE t (n bigint, s text, z text, at timestamptz, d date, b boolean)");
      CopyBuffer rows = new CopyBuffer("t", "n", "s", "z", "at", "d", "b");
      rows.value(-1234567890123L).value(tricky).nullValue().timestamp(at);
      rows.date(LocalDate.of(2025, 1, 6)).value(true).endRow();
      assertEquals(1, rows.flush(c.unwrap(PGConnection.class).getCopyAPI()));
      assertEquals(0, rows.rows());
      try (ResultSet rs = s.executeQuery("SELECT n, s, z, at, d, b FROM t")) {
        rs.next();
        assertEquals(-1234567890123L, rs.getLong(1));
        assertEquals(tricky, rs.getString(2));
        assertNull(rs.getString(3));
        assertEquals(at, rs.getObject(4, OffsetDateTime.class).toEpochSecond());
        assertEquals(LocalDate.of(2025, 1, 6), rs.getObject(5, LocalDate.class));
        assertEquals(true, rs.getBoolean(6));
      }
    }
  }
}
