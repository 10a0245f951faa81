package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.persistence.importing.JdbcComplaintImport;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The importer's part of the hostile-input suite: one hostile row between two valid ones. The
 * hostile row is refused with a row-level error in the report (line 3) and both valid rows load;
 * nothing is thrown, and no stack trace or SQL reaches the report or the console.
 */
class ImportHostileRowsTest {
  private static final String HEADER =
      "source_system,source_id,received_at,channel,category,region,agencies,text,reporter_name,"
          + "reporter_contact,status,events\n";
  private static final String BEFORE =
      "SIPP,V-1,2024-03-01T09:00:00+07:00,WEB,JALAN,33.72,DPU-3372,Jalan berlubang.,,,,\n";
  private static final String AFTER =
      "SIPP,V-2,2024-03-02T09:00:00+07:00,SMS,JALAN,33.72,,Lampu mati.,,,,\n";

  /** The hostile row's fields, from a valid base; {@code i} replaced by {@code value}. */
  private static String row(int i, String value) {
    String[] f = {
      "SIPP",
      "H-1",
      "2024-03-03T09:00:00+07:00",
      "WEB",
      "JALAN",
      "33.72",
      "DPU-3372",
      "Trotoar rusak.",
      "",
      "",
      "",
      ""
    };
    f[i] = value;
    return String.join(",", f) + "\n";
  }

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    add(rows, "source_id empty", row(1, ""));
    add(rows, "source_id 5000 chars", row(1, "x".repeat(5000)));
    add(rows, "source_system empty", row(0, ""));
    for (String v :
        List.of(
            "kemarin",
            "2024-13-45T09:00:00+07:00",
            "+99999-01-01T00:00:00Z",
            "-1",
            "1e309",
            "",
            "2024-03-01' OR '1'='1",
            "2999-01-01T00:00:00+07:00")) {
      add(rows, "received_at " + v, row(2, v));
    }
    for (String v : List.of("CARRIER_PIGEON", "WEB'; DROP TABLE complaint;--", "")) {
      add(rows, "channel " + v, row(3, v));
    }
    for (String v : List.of("NOPE", "../../etc/passwd", "JALAN' OR '1'='1", "")) {
      add(rows, "category " + v, row(4, v));
    }
    for (String v : List.of("99.99", "33.72' OR '1'='1", "33.72\u0000", "../33")) {
      add(rows, "region " + v.replace("\u0000", "NUL"), row(5, v));
    }
    for (String v : List.of("NOPE-1", "DPU-3372;DROP TABLE agency", "DPU-3372 DPU-3372 ' OR 1=1")) {
      add(rows, "agencies " + v, row(6, v));
    }
    add(rows, "text empty", row(7, ""));
    add(rows, "text NUL", row(7, "a\u0000b"));
    add(rows, "text over the maximum", row(7, "x".repeat(25_000)));
    add(rows, "status EXPLODED", row(10, "EXPLODED"));
    add(rows, "status SQL", row(10, "RESOLVED' --"));
    add(rows, "event garbage", row(11, "VERIFIED kemarin"));
    add(rows, "event type unknown", row(11, "FLY 2024-03-03T10:00:00+07:00"));
    add(rows, "event agency unknown", row(11, "ROUTED 2024-03-03T10:00:00+07:00 NOPE-9"));
    add(rows, "event before received", row(11, "VERIFIED 2020-01-01T10:00:00+07:00"));
    add(rows, "too few columns", "SIPP,H-1,2024-03-03T09:00:00+07:00\n");
    add(rows, "too many columns", row(11, "").replace("\n", ",x,y,z\n"));
    add(rows, "empty line of commas", ",,,,,,,,,,,\n");
    return rows.stream();
  }

  private static void add(List<Arguments> rows, String name, String row) {
    rows.add(Arguments.of(name, row));
  }

  @TempDir Path dir;

  /** Imported legacy text has no length cap (only intake's 20 000 characters): it loads. */
  private static final java.util.Set<String> LOADABLE = java.util.Set.of("text over the maximum");

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aHostileRowIsReportedAndTheValidRowsAroundItLoad(String name, String hostile)
      throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO region (code, name, kind) VALUES ('33', 'Jawa Tengah', 'PROVINSI')");
      s.execute(
          "INSERT INTO region (code, name, kind, parent_code)"
              + " VALUES ('33.72', 'Kota Surakarta', 'KOTA', '33')");
      s.execute(
          "INSERT INTO agency (code, name, short_name, kind, region_code) VALUES"
              + " ('DPU-3372', 'Dinas Pekerjaan Umum Kota Surakarta', 'DPU', 'DINAS', '33.72')");
      s.execute(
          "INSERT INTO category (code, name_id, name_en, report_type, sla_working_days)"
              + " VALUES ('JALAN', 'Jalan rusak', 'Damaged roads', 'COMPLAINT', 5)");
    }
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(csv, HEADER + BEFORE + hostile + AFTER, StandardCharsets.UTF_8);
    Path report = dir.resolve("errors.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    ImportSummary summary =
        new ImportCommand(
                new JdbcComplaintImport(db.dataSource()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
            .run(List.of(csv.toString(), "--report", report.toString()));

    String reportText = Files.readString(report, StandardCharsets.UTF_8);
    String why = name + ": " + summary + "\n" + reportText + out + err;
    boolean loadable = LOADABLE.contains(name);
    assertEquals(loadable ? 0 : 1, summary.rejected(), why);
    assertEquals(loadable ? 3 : 2, summary.inserted(), why);
    assertEquals(!loadable, reportText.contains("hostile.csv,3,"), why);
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT string_agg(source_id, ',' ORDER BY source_id) FROM complaint")) {
      rs.next();
      assertEquals(loadable ? "H-1,V-1,V-2" : "V-1,V-2", rs.getString(1), why);
    }
    for (String leak : List.of("Exception", "\tat ", "org.postgresql", "SELECT", "INSERT")) {
      String shown = reportText + out + err;
      assertFalse(shown.contains(leak), () -> why + "\nshows " + leak);
    }
  }
}
