package id.aduanterbuka.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {
  @Test
  void migratingAnUpToDateDatabaseAppliesNothing() {
    PostgresTestDatabase db = PostgresTestDatabase.create();

    assertEquals(0, DatabaseMigrator.migrate(db.dataSource()));
  }

  @Test
  void schemaRejectsARegionCodeTheDomainWouldReject() throws SQLException {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> s.execute("INSERT INTO region (code, name, kind) VALUES ('3', 'X', 'PROVINSI')"));
    }
  }

  @Test
  void schemaRejectsOversightOnAnInformationRequest() throws SQLException {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO category (code, name_id, name_en, report_type, requires_oversight,"
                      + " sla_working_days) VALUES ('x', 'x', 'x', 'INFORMATION_REQUEST', true, 60)"));
    }
  }

  @Test
  void schemaRejectsARegionUnderTheWrongParent() throws SQLException {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO region (code, name, kind, parent_code) VALUES ('33', 'Jawa Tengah',"
              + " 'PROVINSI', NULL), ('33.72', 'Surakarta', 'KOTA', '33')");
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO region (code, name, kind, parent_code) VALUES ('33.74.10',"
                      + " 'Ngaliyan', 'KECAMATAN', '33.72')"));
    }
  }
}
