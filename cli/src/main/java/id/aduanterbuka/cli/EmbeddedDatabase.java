package id.aduanterbuka.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 (binaries from Maven Central) whose data directory persists between runs:
 * initialised on first start, reused afterwards. Holds the database {@code aduan}.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE = "aduan";
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL with its data under {@code home/pgdata} (kept) and binaries in {@code
   * home/pg}.
   */
  public static EmbeddedDatabase start(Path home, int port) throws IOException {
    Path data = home.resolve("pgdata");
    Path binaries = home.resolve("pg");
    Files.createDirectories(data);
    Files.createDirectories(binaries);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(binaries.toFile())
            .setPGStartupWait(java.time.Duration.ofSeconds(60));
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
    db.createDatabaseIfMissing();
    return db;
  }

  private void createDatabaseIfMissing() throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rs = exists.executeQuery()) {
        if (!rs.next()) {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot create the database '" + DATABASE + "'", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public DatabaseSettings settings() {
    return new DatabaseSettings(
        "jdbc:postgresql://localhost:" + port() + "/" + DATABASE, "postgres", "");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
