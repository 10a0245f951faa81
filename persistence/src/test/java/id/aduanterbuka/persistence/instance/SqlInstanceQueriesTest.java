package id.aduanterbuka.persistence.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.instance.DataVersion;
import id.aduanterbuka.instance.InstanceOverview;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class SqlInstanceQueriesTest {

  @Test
  void countsOnlyPublicComplaintsAndOnlyRegencies() throws SQLException {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO region (code, name, kind, parent_code) VALUES ('33', 'Jawa Tengah',"
              + " 'PROVINSI', NULL), ('33.74', 'Semarang', 'KOTA', '33'), ('33.02', 'Banyumas',"
              + " 'KABUPATEN', '33'), ('33.74.01', 'Semarang Tengah', 'KECAMATAN', '33.74')");
      s.execute(
          "INSERT INTO agency (id, code, name, short_name, kind, region_code) VALUES (1, 'A-1',"
              + " 'A', 'A', '"
              + AgencyKind.DINAS
              + "', '33')");
      s.execute(
          "INSERT INTO category (id, code, name_id, name_en, report_type, sla_working_days)"
              + " VALUES (1, 'c', 'c', 'c', 'COMPLAINT', 14)");
      String[] statuses = {
        "RECEIVED", "VERIFIED", "ROUTED", "RESOLVED", "CLOSED", "REJECTED", "ROUTED", "CLOSED"
      };
      String[] gate = {
        "PUBLISHED",
        "PUBLISHED",
        "PUBLISHED",
        "PUBLISHED",
        "PUBLISHED",
        "PUBLISHED",
        "PENDING_REVIEW",
        "WITHHELD"
      };
      for (int i = 0; i < statuses.length; i++) {
        s.execute(
            String.format(
                "INSERT INTO complaint (reference, channel, category_id, received_at, status,"
                    + " publication) VALUES ('ADU-2019-00000%d', 'WEB', 1, now(), '%s', '%s')",
                i, statuses[i], gate[i]));
      }
    }

    InstanceOverview overview = new SqlInstanceQueries(db.dataSource()).overview();

    // RECEIVED (unverified) and REJECTED are not public; pending review and withheld are not shown.
    assertEquals(new InstanceOverview(4, 1, 2, 0, 0), overview);
  }

  @Test
  void theDataVersionAndCountsComeFromThePublicReadsPoolAndTheProbeFromThePrimary()
      throws SQLException {
    // Two databases: the primary has taken a write the "replica" has not replayed yet.
    PostgresTestDatabase primary = PostgresTestDatabase.create();
    PostgresTestDatabase replica = PostgresTestDatabase.create();
    try (Connection c = primary.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO region (code, name, kind, parent_code) VALUES ('33', 'Jawa Tengah',"
              + " 'PROVINSI', NULL), ('33.74', 'Semarang', 'KOTA', '33')");
    }
    SqlInstanceQueries queries = new SqlInstanceQueries(primary.dataSource(), replica.dataSource());

    DataVersion onPrimary = new SqlInstanceQueries(primary.dataSource()).dataVersion();
    DataVersion served = queries.dataVersion();
    assertTrue(onPrimary.version() > served.version(), "the write moved the primary's version");
    // The ETag's version is the one of the data the pages are read from, not the primary's newer
    // one.
    assertEquals(new SqlInstanceQueries(replica.dataSource()).dataVersion(), served);
    assertEquals(0, queries.overview().regencies());
    assertEquals(1, new SqlInstanceQueries(primary.dataSource()).overview().regencies());

    DataSource nowhere = nowhere();
    assertTrue(new SqlInstanceQueries(primary.dataSource(), nowhere).databaseReachable(2));
    assertFalse(new SqlInstanceQueries(nowhere, replica.dataSource()).databaseReachable(1));
  }

  @Test
  void probeTellsWhetherTheDatabaseAnswers() {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    assertTrue(new SqlInstanceQueries(db.dataSource()).databaseReachable(2));

    DataSource nowhere = nowhere();
    assertFalse(new SqlInstanceQueries(nowhere).databaseReachable(1));
  }

  /** A data source nothing listens behind. */
  private static DataSource nowhere() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none");
    nowhere.setConnectTimeout(1);
    return nowhere;
  }
}
