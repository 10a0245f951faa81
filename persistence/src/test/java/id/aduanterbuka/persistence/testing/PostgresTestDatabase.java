package id.aduanterbuka.persistence.testing;

import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 17 for tests: one embedded server per test JVM (started on first use under
 * {@code target/}), a template database migrated once by Flyway, and a fresh copy of that template
 * for every test that asks — so tests never see each other's rows.
 */
public final class PostgresTestDatabase {
  private static final String TEMPLATE = "aduan_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private final String name;
  private final PGSimpleDataSource dataSource;

  private PostgresTestDatabase(String name) {
    this.name = name;
    this.dataSource = dataSource(name);
  }

  /** A new, migrated and empty database. */
  public static synchronized PostgresTestDatabase create() {
    EmbeddedPostgres pg = server();
    String name = "aduan_test_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new PostgresTestDatabase(name);
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path base = Path.of("target", "embedded-pg").toAbsolutePath();
        Files.createDirectories(base);
        server =
            EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(base.toFile())
                .setDataDirectory(Files.createTempDirectory(base, "data"))
                .setCleanDataDirectory(true)
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + TEMPLATE);
        }
        DatabaseMigrator.migrate(dataSource(TEMPLATE));
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::stopServer));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot prepare the template database", e);
      }
    }
    return server;
  }

  private static void stopServer() {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is exiting; the data directory is under target/ and goes with mvn clean
    }
  }

  private static PGSimpleDataSource dataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {server.getPort()});
    ds.setDatabaseName(database);
    ds.setUser("postgres");
    return ds;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
  }

  public String user() {
    return "postgres";
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /**
   * The application's persistence unit, run outside the container as RESOURCE_LOCAL against this
   * database with EclipseLink (the JPA provider Payara ships).
   */
  public EntityManagerFactory entityManagerFactory() {
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.nonJtaDataSource", dataSource);
    props.put("eclipselink.weaving", "false");
    props.put("eclipselink.logging.level", "WARNING");
    return Persistence.createEntityManagerFactory("aduan", props);
  }
}
