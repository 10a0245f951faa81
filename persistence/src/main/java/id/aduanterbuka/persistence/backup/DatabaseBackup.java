package id.aduanterbuka.persistence.backup;

import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The whole database as one ZIP archive: one {@code COPY} text stream per table, the sequences, and
 * a manifest naming the schema version (Flyway) the data belongs to.
 *
 * <p>Why not {@code pg_dump}: the embedded PostgreSQL ships no client tools, and a distribution's
 * {@code pg_dump} refuses a newer server. {@code COPY} is what {@code pg_dump} writes for data
 * anyway; the schema comes from our own migrations, so a restore builds it with Flyway up to the
 * archive's version, loads the rows, then migrates on to the running release.
 */
public final class DatabaseBackup {
  static final String FORMAT = "aduan-backup-1";
  private static final String MANIFEST = "manifest.properties";
  private static final String HISTORY = "flyway_schema_history";

  /**
   * Tables whose rows mean a database holds a regency's data (the migrations seed others, such as
   * the calendar): a restore will not overwrite them unless told to.
   */
  private static final List<String> DATA_TABLES =
      List.of("region", "agency", "category", "complaint", "api_key", "photo");

  private final DataSource dataSource;

  public DatabaseBackup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What a backup or a restore handled: the schema version and the rows of every table. */
  public record Summary(String schemaVersion, Map<String, Long> rows) {
    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Writes the archive to {@code target} (through a temporary file beside it, so a failed backup
   * never leaves a truncated archive under the final name). One REPEATABLE READ transaction: the
   * application may keep running, the archive is one consistent moment.
   */
  public Summary backup(Path target) throws IOException, SQLException {
    Path absolute = target.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      Summary summary = backup(out);
      out.close();
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      return summary;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Writes the archive to {@code out} (closed at the end). */
  public Summary backup(OutputStream out) throws IOException, SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        String version = schemaVersion(c);
        if (version == null) {
          throw new IllegalStateException("the database has no schema yet: nothing to back up");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("schema.version", version);
        manifest.setProperty("created.at", Instant.now().toString());
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> tables = tablesInLoadOrder(c);
        manifest.setProperty("tables", String.join(",", tables));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
          for (String table : tables) {
            List<String> columns = columns(c, table);
            manifest.setProperty("table." + table + ".columns", String.join(",", columns));
            zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
            long n =
                copy.copyOut(
                    "COPY (SELECT "
                        + columnList(columns)
                        + " FROM "
                        + quote(table)
                        + ") TO STDOUT (FORMAT text)",
                    new NotClosing(zip));
            zip.closeEntry();
            manifest.setProperty("table." + table + ".rows", Long.toString(n));
            rows.put(table, n);
          }
          Map<String, String> sequences = sequences(c);
          manifest.setProperty("sequences", String.join(",", sequences.keySet()));
          sequences.forEach((name, value) -> manifest.setProperty("sequence." + name, value));
          zip.putNextEntry(new ZipEntry(MANIFEST));
          manifest.store(new NotClosing(zip), "Aduan Terbuka backup (bin/aduan restore)");
          zip.closeEntry();
        }
        return new Summary(version, rows);
      } finally {
        c.rollback();
      }
    }
  }

  /**
   * Loads {@code archive} into this database: builds the schema up to the archive's version if
   * needed, replaces every table's rows and the sequences in one transaction, then migrates to the
   * current release. Refuses a database that already holds a regency's data unless {@code replace}.
   */
  public Summary restore(Path archive, boolean replace) throws IOException, SQLException {
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      ZipEntry manifestEntry = zip.getEntry(MANIFEST);
      if (manifestEntry == null) {
        throw new IllegalArgumentException(
            archive + " is not an Aduan Terbuka backup (no manifest)");
      }
      Properties manifest = new Properties();
      try (InputStream in = zip.getInputStream(manifestEntry)) {
        manifest.load(in);
      }
      if (!FORMAT.equals(manifest.getProperty("format"))) {
        throw new IllegalArgumentException(
            archive + " has format " + manifest.getProperty("format") + ", expected " + FORMAT);
      }
      String version = manifest.getProperty("schema.version");
      prepareSchema(version);
      Map<String, Long> rows = load(zip, manifest, replace);
      DatabaseMigrator.migrate(dataSource);
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      return new Summary(version, rows);
    }
  }

  private void prepareSchema(String archiveVersion) throws SQLException {
    String current = DatabaseMigrator.currentVersion(dataSource);
    if (current != null && compareVersions(current, archiveVersion) > 0) {
      throw new IllegalStateException(
          "the database is at schema version "
              + current
              + ", newer than the backup's "
              + archiveVersion
              + ": restore into an empty database (the backup's rows are migrated after loading)");
    }
    DatabaseMigrator.migrate(dataSource, archiveVersion);
  }

  private Map<String, Long> load(ZipFile zip, Properties manifest, boolean replace)
      throws IOException, SQLException {
    List<String> tables = split(manifest.getProperty("tables"));
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        List<String> present = tablesInLoadOrder(c);
        if (!new TreeSet<>(present).equals(new TreeSet<>(tables))) {
          throw new IllegalStateException(
              "the database's tables " + present + " differ from the backup's " + tables);
        }
        if (!replace) {
          for (String table : DATA_TABLES) {
            if (present.contains(table) && hasRows(s, table)) {
              throw new IllegalStateException(
                  "the database already holds data (table "
                      + table
                      + "): restore into an empty database, or pass --replace to overwrite it");
            }
          }
        }
        // The archive is the exact state, derived tables included: user triggers (data version,
        // calendar) stay off while loading; foreign keys are still checked.
        for (String table : tables) {
          s.execute("ALTER TABLE " + quote(table) + " DISABLE TRIGGER USER");
        }
        s.execute("TRUNCATE " + columnList(tables));
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (String table : tables) {
          ZipEntry entry = zip.getEntry("data/" + table + ".copy");
          if (entry == null) {
            throw new IllegalArgumentException("the backup lacks the rows of " + table);
          }
          List<String> columns = split(manifest.getProperty("table." + table + ".columns"));
          long n;
          try (InputStream in = zip.getInputStream(entry)) {
            n =
                copy.copyIn(
                    "COPY "
                        + quote(table)
                        + " ("
                        + columnList(columns)
                        + ") FROM STDIN (FORMAT text)",
                    in);
          }
          long expected = Long.parseLong(manifest.getProperty("table." + table + ".rows"));
          if (n != expected) {
            throw new IllegalStateException(
                table + ": loaded " + n + " rows, the backup says " + expected);
          }
          rows.put(table, n);
        }
        for (String sequence : split(manifest.getProperty("sequences", ""))) {
          String[] value = manifest.getProperty("sequence." + sequence).split(":");
          try (PreparedStatement set = c.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
            set.setString(1, quote(sequence));
            set.setLong(2, Long.parseLong(value[0]));
            set.setBoolean(3, Boolean.parseBoolean(value[1]));
            set.execute();
          }
        }
        for (String table : tables) {
          s.execute("ALTER TABLE " + quote(table) + " ENABLE TRIGGER USER");
        }
        c.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
    return rows;
  }

  private static boolean hasRows(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static String schemaVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT to_regclass('" + HISTORY + "') IS NOT NULL")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return null;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM "
                    + HISTORY
                    + " WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Ordinary tables of the current schema, each after the tables its foreign keys point to. */
  static List<String> tablesInLoadOrder(Connection c) throws SQLException {
    TreeSet<String> tables = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                    + " AND c.relname <> '"
                    + HISTORY
                    + "'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, TreeSet<String>> dependsOn = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT child.relname, parent.relname FROM pg_constraint k"
                    + " JOIN pg_class child ON child.oid = k.conrelid"
                    + " JOIN pg_class parent ON parent.oid = k.confrelid"
                    + " JOIN pg_namespace n ON n.oid = child.relnamespace"
                    + " WHERE k.contype = 'f' AND n.nspname = current_schema()")) {
      while (rs.next()) {
        if (!rs.getString(1).equals(rs.getString(2))) {
          dependsOn.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    TreeSet<String> left = new TreeSet<>(tables);
    while (!left.isEmpty()) {
      String next =
          left.stream()
              .filter(
                  t ->
                      dependsOn.getOrDefault(t, new TreeSet<>()).stream().noneMatch(left::contains))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("foreign keys form a cycle among " + left));
      ordered.add(next);
      left.remove(next);
    }
    return ordered;
  }

  /** Stored (not generated) columns in table order: generated ones are computed again on load. */
  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0"
                + " AND NOT attisdropped AND attgenerated = '' ORDER BY attnum")) {
      s.setString(1, quote(table));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }

  private static Map<String, String> sequences(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind = 'S'"
                    + " AND c.relname NOT LIKE '"
                    + HISTORY
                    + "%' ORDER BY c.relname")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    Map<String, String> values = new TreeMap<>();
    for (String name : names) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + quote(name))) {
        rs.next();
        values.put(name, rs.getLong(1) + ":" + rs.getBoolean(2));
      }
    }
    return values;
  }

  static int compareVersions(String a, String b) {
    long[] x = Arrays.stream(a.split("\\.")).mapToLong(Long::parseLong).toArray();
    long[] y = Arrays.stream(b.split("\\.")).mapToLong(Long::parseLong).toArray();
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int d = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  private static List<String> split(String list) {
    return list == null || list.isEmpty() ? List.of() : List.of(list.split(","));
  }

  private static String columnList(List<String> names) {
    return String.join(", ", names.stream().map(DatabaseBackup::quote).toList());
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Lets COPY write into one ZIP entry without closing the archive. */
  private static final class NotClosing extends java.io.FilterOutputStream {
    NotClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
