package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.persistence.importing.JdbcComplaintImport;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code bin/aduan import} (the CLI's main class in a child JVM) killed with SIGKILL while
 * it writes, then run again to the end: every source row is stored exactly once, with its timeline,
 * routings and statistics facts, and no stale mark is left. What ImportCommandTest simulates by
 * importing a prefix of the file, done here by killing the process at an arbitrary moment.
 */
class ImportKilledMidwayTest {
  private static final String HEADER =
      "source_system,source_id,received_at,channel,category,region,agencies,text,reporter_name,"
          + "reporter_contact,status,events\n";
  private static final Duration KILL_DEADLINE = Duration.ofSeconds(40);
  private static final Duration RUN_DEADLINE = Duration.ofSeconds(90);

  @TempDir Path dir;
  private PostgresTestDatabase db;

  @BeforeEach
  void setUp() throws SQLException {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO region (code, name, kind) VALUES ('33', 'Jawa Tengah', 'PROVINSI')");
      s.execute(
          "INSERT INTO region (code, name, kind, parent_code)"
              + " VALUES ('33.72', 'Kota Surakarta', 'KOTA', '33')");
      s.execute(
          "INSERT INTO agency (code, name, short_name, kind, region_code) VALUES"
              + " ('DPU-3372', 'Dinas Pekerjaan Umum Kota Surakarta', 'DPU', 'DINAS', '33.72'),"
              + " ('DINKES-3372', 'Dinas Kesehatan Kota Surakarta', 'DINKES', 'DINAS', '33.72')");
      s.execute(
          "INSERT INTO category (code, name_id, name_en, report_type, sla_working_days)"
              + " VALUES ('JALAN', 'Jalan rusak', 'Damaged roads', 'COMPLAINT', 5)");
    }
  }

  @Test
  void aFirstLoadKilledAfterSomeBatchesIsCompletedByTheSameCommandWithEveryRowOnce()
      throws Exception {
    int rows = 30_000;
    int batch = 1_000;
    Path csv = write("export.csv", rows, false);

    Process first = startImport(csv, batch, "first");
    long committed = killOnce(first, "SELECT count(*) FROM complaint", 3 * batch);

    // Each batch is one transaction: whole batches stay, each complaint with its whole timeline.
    assertEquals(0, committed % batch, "complaints after the kill: " + committed);
    assertTrue(committed < rows, "the import was killed before its end: " + committed);
    assertEquals(committed, count("SELECT count(DISTINCT source_id) FROM complaint"));
    Map<String, String> stored = digests();
    for (Map.Entry<String, String> e : stored.entrySet()) {
      int n = Integer.parseInt(e.getKey().substring(2));
      assertEquals(
          expectedTimeline(n, false), e.getValue().substring(0, e.getValue().lastIndexOf('|')));
    }

    Process rerun = startImport(csv, batch, "rerun");
    String printed = finish(rerun, "rerun");

    assertTrue(
        printed.contains(
            String.format(
                "Imported %,d rows: %,d inserted, 0 updated, %,d unchanged, 0 rejected.",
                rows, rows - committed, committed)),
        printed);
    assertEveryRowExactlyOnce(rows, false);
  }

  @Test
  void anUpdateKilledAfterSomeBatchesLeavesItsStaleMarksAndTheRerunClearsThem() throws Exception {
    int rows = 3_000;
    int batch = 200;
    Path loaded = write("monday.csv", rows, false);
    ImportSummary base = importInProcess(loaded);
    assertEquals(new ImportSummary(rows, 0, 0, 0), base);
    // Tuesday's export: every complaint moved on by one event.
    Path changed = write("tuesday.csv", rows, true);

    Process first = startImport(changed, batch, "first");
    long marked = killOnce(first, "SELECT count(*) FROM complaint_fact_stale", 3 * batch);

    // The committed batches' complaints are updated and marked in the same transaction, no more.
    assertEquals(0, marked % batch, "stale marks after the kill: " + marked);
    assertTrue(marked < rows, "the import was killed before its end: " + marked);
    assertEquals(
        marked,
        count(
            "SELECT count(*) FROM complaint c WHERE c.import_hash IS NOT NULL AND EXISTS"
                + " (SELECT 1 FROM complaint_fact f WHERE f.complaint_id = c.id"
                + " AND f.status <> c.status)"),
        "updated complaints whose facts still show the old status");
    assertEquals(
        marked,
        count(
            "SELECT count(*) FROM complaint_fact_stale s JOIN complaint c ON c.id = s.complaint_id"
                + " WHERE EXISTS (SELECT 1 FROM complaint_fact f WHERE f.complaint_id = c.id"
                + " AND f.status <> c.status)"));

    Process rerun = startImport(changed, batch, "rerun");
    String printed = finish(rerun, "rerun");

    assertTrue(
        printed.contains(
            String.format(
                "Imported %,d rows: 0 inserted, %,d updated, %,d unchanged, 0 rejected.",
                rows, rows - marked, marked)),
        printed);
    assertEveryRowExactlyOnce(rows, true);
  }

  // --- the file --------------------------------------------------------------------------------

  /**
   * {@code rows} complaints in four shapes: received only; verified, routed and answered; routed to
   * two agencies and resolved; routed then re-routed. {@code movedOn} appends one event to each.
   */
  private Path write(String name, int rows, boolean movedOn) throws IOException {
    StringBuilder csv = new StringBuilder(rows * 200).append(HEADER);
    LocalDate first = LocalDate.of(2023, 1, 2);
    for (int n = 1; n <= rows; n++) {
      String day = first.plusDays(n % 600).toString();
      String events =
          switch (n % 4) {
            case 0 -> movedOn ? "VERIFIED " + day + " 12:00" : "";
            case 1 ->
                "VERIFIED "
                    + day
                    + " 10:00;ROUTED "
                    + day
                    + " 11:00 DPU-3372;RESPONDED "
                    + day
                    + " 15:00 DPU-3372"
                    + (movedOn ? ";IN_PROGRESS " + day + " 16:00 DPU-3372" : "");
            case 2 ->
                "ROUTED "
                    + day
                    + " 10:00 DPU-3372;ROUTED "
                    + day
                    + " 10:30 DINKES-3372;RESOLVED "
                    + day
                    + " 17:00 DPU-3372"
                    + (movedOn ? ";CLOSED " + day + " 18:00" : "");
            default ->
                "ROUTED "
                    + day
                    + " 10:00 DPU-3372;REROUTED "
                    + day
                    + " 13:00 DINKES-3372"
                    + (movedOn ? ";RESPONDED " + day + " 14:00 DINKES-3372" : "");
          };
      csv.append("SIPP,K-")
          .append(n)
          .append(',')
          .append(day)
          .append(" 09:00,WEB,JALAN,33.72,,\"Keluhan nomor ")
          .append(n)
          .append(": jalan berlubang, lampu mati.\",Warga ")
          .append(n)
          .append(",0812-0000-")
          .append(String.format("%04d", n % 10_000))
          .append(",,")
          .append(events)
          .append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  /** Events, routings and status complaint {@code n} of the file must have, once each. */
  private static String expectedTimeline(int n, boolean movedOn) {
    return switch (n % 4) {
      case 0 -> movedOn ? "RECEIVED,VERIFIED||VERIFIED" : "RECEIVED||RECEIVED";
      case 1 ->
          "RECEIVED,VERIFIED,ROUTED,RESPONDED"
              + (movedOn ? ",IN_PROGRESS" : "")
              + "|DPU-3372 open|"
              + (movedOn ? "IN_PROGRESS" : "RESPONDED");
      case 2 ->
          "RECEIVED,ROUTED,ROUTED,RESOLVED"
              + (movedOn ? ",CLOSED" : "")
              + "|DPU-3372 open,DINKES-3372 open|"
              + (movedOn ? "CLOSED" : "RESOLVED");
      default ->
          "RECEIVED,ROUTED,ROUTED"
              + (movedOn ? ",RESPONDED" : "")
              + "|DPU-3372 ended,DINKES-3372 open|"
              + (movedOn ? "RESPONDED" : "ROUTED");
    };
  }

  /** Statistics fact rows: one per agency the complaint is with now, one if it is with none. */
  private static int expectedFacts(int n) {
    return n % 4 == 2 ? 2 : 1;
  }

  // --- the import, as bin/aduan runs it ----------------------------------------------------------

  private Process startImport(Path file, int batch, String run) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "import",
            file.toString(),
            "--batch",
            String.valueOf(batch),
            "--report",
            dir.resolve(run + "-errors.csv").toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(DatabaseSettings.URL_ENV, db.jdbcUrl());
    builder.environment().put(DatabaseSettings.USER_ENV, db.user());
    builder.environment().put("ADUAN_HOME", dir.resolve("home").toString());
    builder.redirectOutput(dir.resolve(run + ".out").toFile());
    builder.redirectError(dir.resolve(run + ".err").toFile());
    return builder.start();
  }

  /**
   * Waits until {@code progressSql} reaches {@code atLeast}, kills the import (SIGKILL), and waits
   * until PostgreSQL has closed its sessions, so that what it committed is all there is. Returns
   * {@code progressSql}'s value then.
   */
  private long killOnce(Process importer, String progressSql, long atLeast) throws Exception {
    Instant deadline = Instant.now().plus(KILL_DEADLINE);
    while (count(progressSql) < atLeast) {
      if (!importer.isAlive()) {
        fail("the import ended before it could be killed:\n" + output("first"));
      }
      if (Instant.now().isAfter(deadline)) {
        importer.destroyForcibly().waitFor();
        fail("the import wrote less than " + atLeast + " in " + KILL_DEADLINE);
      }
      importer.waitFor(20, TimeUnit.MILLISECONDS);
    }
    assertTrue(importer.isAlive(), "the import is still running when it is killed");
    importer.destroyForcibly();
    assertTrue(importer.waitFor(10, TimeUnit.SECONDS), "SIGKILL ends the import");
    assertEquals(137, importer.exitValue(), "killed by SIGKILL, not ended by itself");
    Instant gone = Instant.now().plusSeconds(10);
    while (count(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid()")
        > 0) {
      assertTrue(Instant.now().isBefore(gone), "the killed import's sessions end");
      importer.waitFor(20, TimeUnit.MILLISECONDS);
    }
    return count(progressSql);
  }

  private String finish(Process importer, String run) throws Exception {
    if (!importer.waitFor(RUN_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
      importer.destroyForcibly().waitFor();
      fail("the rerun did not finish in " + RUN_DEADLINE + ":\n" + output(run));
    }
    assertEquals(0, importer.exitValue(), output(run));
    return Files.readString(dir.resolve(run + ".out"), StandardCharsets.UTF_8);
  }

  private String output(String run) throws IOException {
    return Files.readString(dir.resolve(run + ".out"))
        + Files.readString(dir.resolve(run + ".err"));
  }

  private ImportSummary importInProcess(Path file) throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new ImportCommand(
            new JdbcComplaintImport(db.dataSource()), quiet, quiet, Clock.systemUTC())
        .run(List.of(file.toString(), "--report", dir.resolve("base-errors.csv").toString()));
  }

  // --- what must hold after the rerun ------------------------------------------------------------

  private void assertEveryRowExactlyOnce(int rows, boolean movedOn) throws SQLException {
    Map<String, String> expected = new HashMap<>();
    for (int n = 1; n <= rows; n++) {
      expected.put("K-" + n, expectedTimeline(n, movedOn) + "|" + expectedFacts(n));
    }
    assertEquals(rows, count("SELECT count(*) FROM complaint"));
    assertEquals(rows, count("SELECT count(DISTINCT reference) FROM complaint"));
    assertEquals(rows, count("SELECT count(*) FROM complaint_original"));
    Map<String, String> stored = digests();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (!e.getValue().equals(stored.get(e.getKey()))) {
        wrong.add(e.getKey() + ": expected " + e.getValue() + ", stored " + stored.get(e.getKey()));
      }
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), wrong.size() + " wrong");
    assertEquals(expected.keySet(), stored.keySet());
    // Statistics: every complaint has its facts, none is marked stale, the facts are the
    // timeline's.
    assertEquals(0, count("SELECT count(*) FROM complaint_fact_stale"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM complaint c WHERE NOT EXISTS"
                + " (SELECT 1 FROM complaint_fact f WHERE f.complaint_id = c.id)"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE f.status <> c.status"));
    assertEquals(rows, count("SELECT count(*) FROM complaint_fact WHERE primary_row"));
    assertEquals(
        count("SELECT count(*) FROM complaint_fact WHERE primary_row AND counted"),
        count("SELECT coalesce(sum(received), 0) FROM statistics_cell WHERE series = 'ALL'"),
        "the instance-wide rollups count every complaint once");
  }

  /**
   * Source id → "event types|routings|status|fact rows" of every stored complaint; the source id
   * twice would make the map smaller than the table.
   */
  private Map<String, String> digests() throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.source_id,"
                    + " (SELECT string_agg(e.event_type, ',' ORDER BY e.seq) FROM complaint_event e"
                    + "   WHERE e.complaint_id = c.id)"
                    + " || '|' || coalesce((SELECT string_agg(a.code || CASE WHEN r.ended_at"
                    + "   IS NULL THEN ' open' ELSE ' ended' END, ',' ORDER BY r.routed_at)"
                    + "   FROM complaint_routing r JOIN agency a ON a.id = r.agency_id"
                    + "   WHERE r.complaint_id = c.id), '')"
                    + " || '|' || c.status"
                    + " || '|' || (SELECT count(*) FROM complaint_fact f"
                    + "   WHERE f.complaint_id = c.id)"
                    + " FROM complaint c")) {
      while (rs.next()) {
        if (out.put(rs.getString(1), rs.getString(2)) != null) {
          fail("source id " + rs.getString(1) + " stored twice");
        }
      }
    }
    return out;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
