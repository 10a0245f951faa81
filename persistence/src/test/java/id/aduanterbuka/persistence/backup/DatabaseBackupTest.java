package id.aduanterbuka.persistence.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A backup restored into another database is the same database: every table's rows (complaints,
 * restricted originals, photos' bytes, API key hashes, statistics) and every sequence.
 */
class DatabaseBackupTest {
  private static final AtomicInteger EMPTY = new AtomicInteger();
  private static final byte[] PHOTO = new byte[4096];

  static {
    for (int i = 0; i < PHOTO.length; i++) {
      PHOTO[i] = (byte) i; // every byte value, NUL and backslash included
    }
  }

  @TempDir Path dir;
  private PostgresTestDatabase source;

  @BeforeEach
  void regencyWithData() throws SQLException {
    source = PostgresTestDatabase.create();
    try (Connection c = source.connection()) {
      new DemoDataGenerator(7).load(c, 300, ProgressListener.NONE);
    }
    new StatisticsFacts(source.dataSource()).refreshOutdated();
    try (Connection c = source.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO api_key (prefix, secret_hash, kind, agency_id, label)"
              + " SELECT 'abcdefgh', sha256('one'::bytea), 'AGENCY', min(id), 'Tim data'"
              + " FROM agency");
      s.execute(
          "INSERT INTO api_key (prefix, secret_hash, kind, label, revoked_at)"
              + " VALUES ('zyxwvuts', sha256('two'::bytea), 'READER', 'Redaksi', now())");
      try (PreparedStatement photo =
          c.prepareStatement(
              "INSERT INTO photo (complaint_id, role, status, web_bytes, width, height,"
                  + " thumb_bytes, thumb_width, thumb_height, sha256, submitted_by, submitted_at,"
                  + " reviewed_by, reviewed_at)"
                  + " SELECT min(id), ?, ?, ?, 1600, 1200, ?, 400, 300, repeat('a', 64), 'abcdefgh',"
                  + " now(), ?, CASE WHEN ? = 'PENDING' THEN NULL ELSE now() END FROM complaint")) {
        for (String status : new String[] {"APPROVED", "PENDING"}) {
          photo.setString(1, status.equals("APPROVED") ? "AFTER" : "BEFORE");
          photo.setString(2, status);
          photo.setBytes(3, PHOTO);
          photo.setBytes(4, new byte[] {0, '\\', '\n', (byte) 0xff});
          photo.setString(5, status.equals("PENDING") ? null : "operator");
          photo.setString(6, status);
          photo.executeUpdate();
        }
      }
    }
  }

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHasTheSameRowsChecksumsAndSequences() throws Exception {
    Path archive = dir.resolve("aduan.backup");
    DatabaseBackup.Summary written = new DatabaseBackup(source.dataSource()).backup(archive);
    DataSource empty = emptyDatabase();

    DatabaseBackup.Summary restored = new DatabaseBackup(empty).restore(archive, false);

    Map<String, String> before = fingerprints(source.dataSource());
    assertEquals(before, fingerprints(empty));
    assertEquals(sequences(source.dataSource()), sequences(empty));
    assertEquals(written.rows(), restored.rows());
    assertEquals(DatabaseMigrator.currentVersion(source.dataSource()), restored.schemaVersion());
    assertTrue(written.rows().get("complaint") == 300, written.rows().toString());
    assertEquals(2L, written.rows().get("photo"));
    assertEquals(2L, written.rows().get("api_key"));
    assertTrue(written.rows().get("complaint_original") > 0, "restricted originals are kept");
    assertTrue(written.rows().get("complaint_fact") > 0, "statistics are kept");
    assertFalse(Files.exists(dir.resolve("aduan.backup.partial")));
  }

  @Test
  void intoAMigratedEmptyDatabasePhotosKeepTheirBytesAndNewRowsContinueTheSequences()
      throws Exception {
    Path archive = dir.resolve("aduan.backup");
    new DatabaseBackup(source.dataSource()).backup(archive);
    DataSource empty = PostgresTestDatabase.create().dataSource(); // schema, seeded calendar only
    new DatabaseBackup(empty).restore(archive, false);

    assertEquals(fingerprints(source.dataSource()), fingerprints(empty));

    try (Connection c = empty.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT web_bytes FROM photo WHERE status = 'APPROVED'")) {
        assertTrue(rs.next());
        assertTrue(java.util.Arrays.equals(PHOTO, rs.getBytes(1)));
      }
      long maxId;
      try (ResultSet rs = s.executeQuery("SELECT max(id) FROM api_key")) {
        rs.next();
        maxId = rs.getLong(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "INSERT INTO api_key (prefix, secret_hash, kind, label)"
                  + " VALUES ('qrstuvwx', sha256('three'::bytea), 'READER', 'Baru') RETURNING id")) {
        rs.next();
        assertTrue(rs.getLong(1) > maxId, "a new key does not collide with a restored id");
      }
    }
  }

  @Test
  void restoreRefusesADatabaseWithDataUnlessToldToReplaceIt() throws Exception {
    Path archive = dir.resolve("aduan.backup");
    new DatabaseBackup(source.dataSource()).backup(archive);
    PostgresTestDatabase other = PostgresTestDatabase.create();
    try (Connection c = other.connection()) {
      new DemoDataGenerator(99).load(c, 20, ProgressListener.NONE);
    }

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> new DatabaseBackup(other.dataSource()).restore(archive, false));
    assertTrue(refused.getMessage().contains("--replace"), refused.getMessage());
    assertEquals(20L, count(other.dataSource(), "complaint"), "nothing was changed");

    new DatabaseBackup(other.dataSource()).restore(archive, true);

    assertEquals(fingerprints(source.dataSource()), fingerprints(other.dataSource()));
  }

  @Test
  void anArchiveWithoutManifestIsRefusedBeforeAnythingIsTouched() throws Exception {
    Path notABackup = dir.resolve("photo.zip");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("data/complaint.copy"));
      zip.closeEntry();
    }
    DataSource empty = emptyDatabase();

    assertThrows(
        IllegalArgumentException.class, () -> new DatabaseBackup(empty).restore(notABackup, false));
    assertNull(DatabaseMigrator.currentVersion(empty), "no schema was created");
  }

  /** A database on the same server with nothing in it, not even the schema. */
  private DataSource emptyDatabase() throws SQLException {
    String name = "restore_target_" + EMPTY.incrementAndGet();
    try (Connection c = source.connection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(source.jdbcUrl().replaceFirst("/[^/]+$", "/" + name));
    ds.setUser(source.user());
    return ds;
  }

  /** Row count and an MD5 over every row's text, per table. */
  private static Map<String, String> fingerprints(DataSource ds) throws SQLException {
    Map<String, String> result = new TreeMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : DatabaseBackup.tablesInLoadOrder(c)) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                    + " FROM "
                    + table
                    + " t")) {
          rs.next();
          result.put(table, rs.getLong(1) + " rows, md5 " + rs.getString(2));
        }
      }
    }
    return result;
  }

  private static Map<String, String> sequences(DataSource ds) throws SQLException {
    Map<String, String> result = new TreeMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences"
                    + " WHERE schemaname = current_schema()"
                    + " AND sequencename NOT LIKE 'flyway%'")) {
      while (rs.next()) {
        result.put(rs.getString(1), String.valueOf(rs.getObject(2)));
      }
    }
    return result;
  }

  private static long count(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
