package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.persistence.importing.JdbcReferenceImport;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's reference data, written out in the documented CSV formats, imports as all unchanged
 * without moving the data version: the formats say everything the tables hold, and the importer
 * reads stored rows back exactly as it would write them.
 */
class ReferenceRoundTripTest {
  @TempDir Path dir;

  @Test
  void theDemoReferenceDataInTheDocumentedFormatsReImportsAsUnchanged() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 0, (phase, done, total) -> {});
    }
    String version;
    Path agencies;
    Path categories;
    Path mpps;
    Path services;
    try (Connection c = db.connection()) {
      version = query(c, "SELECT version::text FROM data_version").get(0).get(0);
      agencies =
          write(
              "agencies.csv",
              "code,name,short_name,kind,parent,region,channels",
              query(
                  c,
                  "SELECT a.code, a.name, a.short_name, a.kind, coalesce(p.code, ''),"
                      + " a.region_code, coalesce((SELECT string_agg(ch.channel_type || ' '"
                      + " || ch.handle || coalesce(' ' || ch.url, '')"
                      + " || coalesce(CASE WHEN ch.verified_active THEN ' verified='"
                      + " ELSE ' inactive=' END || ch.verified_on, ''), ';')"
                      + " FROM agency_channel ch WHERE ch.agency_id = a.id), '')"
                      + " FROM agency a LEFT JOIN agency p ON p.id = a.parent_id"
                      + " ORDER BY a.code DESC")); // children before parents, often
      categories =
          write(
              "categories.csv",
              "code,name_id,name_en,report_type,requires_oversight,sla_working_days,"
                  + "default_agency",
              query(
                  c,
                  "SELECT k.code, k.name_id, k.name_en, k.report_type,"
                      + " k.requires_oversight::text, k.sla_working_days::text,"
                      + " coalesce(a.code, '') FROM category k"
                      + " LEFT JOIN agency a ON a.id = k.default_agency_id"));
      mpps =
          write(
              "mpps.csv",
              "code,name,regency,address,opened_on,opening_hours,tenants",
              query(
                  c,
                  "SELECT m.code, m.name, m.regency_code, m.address,"
                      + " coalesce(m.opened_on::text, ''),"
                      + " coalesce((SELECT string_agg(h.day_of_week || ' '"
                      + " || to_char(h.opens, 'HH24:MI') || '-' || to_char(h.closes, 'HH24:MI'),"
                      + " ';') FROM mpp_opening_hours h WHERE h.mpp_id = m.id), ''),"
                      + " coalesce((SELECT string_agg(a.code, ';') FROM mpp_tenant t"
                      + " JOIN agency a ON a.id = t.agency_id WHERE t.mpp_id = m.id), '')"
                      + " FROM mpp m"),
              ReferenceRoundTripTest::dayNames);
      services =
          write(
              "services.csv",
              "code,name,agency,mpps,duration_amount,duration_unit,fee_rupiah,output,"
                  + "legal_basis,online_url,requirements,procedure",
              query(
                  c,
                  "SELECT s.code, s.name, a.code,"
                      + " coalesce((SELECT string_agg(m.code, ';') FROM mpp_service_offering o"
                      + " JOIN mpp m ON m.id = o.mpp_id WHERE o.service_id = s.id), ''),"
                      + " s.duration_amount::text, s.duration_unit, s.fee_rupiah::text, s.output,"
                      + " coalesce(s.legal_basis, ''), coalesce(s.online_url, ''),"
                      + " coalesce((SELECT string_agg(r.requirement, '|' ORDER BY r.position)"
                      + " FROM mpp_service_requirement r WHERE r.service_id = s.id), ''),"
                      + " coalesce((SELECT string_agg(st.step, '|' ORDER BY st.position)"
                      + " FROM mpp_service_step st WHERE st.service_id = s.id), '')"
                      + " FROM mpp_service s JOIN agency a ON a.id = s.agency_id"));
    }

    assertEquals(new ImportSummary(0, 0, 43, 0), run(db, "agencies", agencies));
    assertEquals(new ImportSummary(0, 0, 26, 0), run(db, "categories", categories));
    assertEquals(new ImportSummary(0, 0, 10, 0), run(db, "mpps", mpps));
    assertEquals(new ImportSummary(0, 0, 145, 0), run(db, "mpp-services", services));
    try (Connection c = db.connection()) {
      assertEquals(version, query(c, "SELECT version::text FROM data_version").get(0).get(0));
    }
  }

  private ImportSummary run(PostgresTestDatabase db, String kind, Path file) throws IOException {
    Path report = dir.resolve(kind + "-errors.csv");
    ImportSummary summary =
        new ReferenceImportCommand(
                new JdbcReferenceImport(db.dataSource()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .run(List.of("--kind", kind, file.toString(), "--report", report.toString()));
    assertEquals("file,line,field,reason\n", Files.readString(report), kind);
    return summary;
  }

  /** {@code 1 08:00-15:00;5 …} with English day names, as the format has them. */
  private static String dayNames(int column, String value) {
    if (column != 5 || value.isEmpty()) {
      return value;
    }
    List<String> out = new ArrayList<>();
    for (String entry : value.split(";")) {
      int space = entry.indexOf(' ');
      String day = DayOfWeek.of(Integer.parseInt(entry.substring(0, space))).name();
      out.add(day.substring(0, 3) + entry.substring(space));
    }
    return String.join(";", out);
  }

  private interface Cell {
    String apply(int column, String value);
  }

  private Path write(String name, String header, List<List<String>> rows) throws IOException {
    return write(name, header, rows, (column, value) -> value);
  }

  private Path write(String name, String header, List<List<String>> rows, Cell cell)
      throws IOException {
    StringBuilder sb = new StringBuilder(header).append('\n');
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        String v = cell.apply(i, row.get(i));
        cells.add(
            v.contains(",") || v.contains("\"") || v.contains("\n")
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v);
      }
      sb.append(cells.stream().collect(Collectors.joining(","))).append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  private static List<List<String>> query(Connection c, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
