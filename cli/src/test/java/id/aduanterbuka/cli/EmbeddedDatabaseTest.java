package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code bin/aduan run} promises that data survives a restart; this is that promise. */
class EmbeddedDatabaseTest {
  @Test
  void dataSurvivesAStopAndAStart() throws Exception {
    Path home = Files.createTempDirectory(Path.of("target"), "aduan-home");

    try (EmbeddedDatabase first = EmbeddedDatabase.start(home, 0);
        Connection c = first.settings().dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept (note text)");
      s.execute("INSERT INTO kept VALUES ('masih ada')");
    }
    assertTrue(Files.exists(home.resolve("pgdata").resolve("PG_VERSION")));

    try (EmbeddedDatabase second = EmbeddedDatabase.start(home, 0);
        Connection c = second.settings().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
      assertTrue(rs.next());
      assertEquals("masih ada", rs.getString(1));
      assertTrue(second.settings().url().endsWith("/" + EmbeddedDatabase.DATABASE));
    }
  }
}
