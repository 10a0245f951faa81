package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.ingest.ComplaintRowValidator;
import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.ingest.ImportedComplaint;
import id.aduanterbuka.persistence.importing.JdbcComplaintImport;
import id.aduanterbuka.persistence.privacy.JdbcRedactionStore;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.shared.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/aduan import} over a real database: files in, complaints and timelines out. */
class ImportCommandTest {
  private static final String HEADER =
      "source_system,source_id,received_at,channel,category,region,agencies,text,reporter_name,"
          + "reporter_contact,status,events\n";
  private static final String A1 =
      "SIPP,A-1,2024-03-01T09:00:00+07:00,WEB,JALAN,33.72,DPU-3372,"
          + "Jalan berlubang di depan Pasar Gede.,Siti Aminah,0812-1111-2222,RESPONDED,"
          + "VERIFIED 2024-03-01T10:00:00+07:00;ROUTED 2024-03-01T11:00:00+07:00 DPU-3372;"
          + "RESPONDED 2024-03-02T09:00:00+07:00 DPU-3372\n";
  private static final String A2 =
      "SIPP,A-2,2024-03-02 08:30,SMS,JALAN,,,\"Lampu mati, sudah lama.\",,,,\n";

  private static final String PII =
      "Saya Rahmat Hidayat, NIK 3374014506750002, WA 0857-1234-5678, email rahmat.h@example.com."
          + " Jalan di depan Puskesmas Ngaliyan berlubang. Kemarin Wirokusumo Tjondrokusumo datang.";

  @TempDir Path dir;
  private PostgresTestDatabase db;
  private Path report;
  private String printed;

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
    report = dir.resolve("errors.csv");
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private ImportSummary run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--report", report.toString()));
    ImportSummary summary =
        new ImportCommand(
                new JdbcComplaintImport(db.dataSource()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
            .run(all);
    printed = out.toString(StandardCharsets.UTF_8);
    return summary;
  }

  private String scalar(String sql, Object... params) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private String reportText() throws IOException {
    return Files.readString(report, StandardCharsets.UTF_8);
  }

  @Test
  void aGoodCsvFileLoadsComplaintsWithTheirTimelinesRoutingsAndFacts() throws Exception {
    Path csv = file("good.csv", HEADER + A1 + A2);

    ImportSummary summary = run(csv.toString());

    assertEquals(new ImportSummary(2, 0, 0, 0), summary);
    assertTrue(printed.contains("2 inserted, 0 updated, 0 unchanged, 0 rejected"), printed);
    assertEquals("file,line,field,reason\n", reportText());
    assertEquals("RESPONDED", scalar("SELECT status FROM complaint WHERE source_id = 'A-1'"));
    assertEquals(
        "RECEIVED,VERIFIED,ROUTED,RESPONDED",
        scalar(
            "SELECT string_agg(e.event_type, ',' ORDER BY e.seq) FROM complaint_event e"
                + " JOIN complaint c ON c.id = e.complaint_id WHERE c.source_id = 'A-1'"));
    assertEquals(
        "DPU-3372",
        scalar(
            "SELECT a.code FROM complaint_routing r JOIN agency a ON a.id = r.agency_id"
                + " JOIN complaint c ON c.id = r.complaint_id WHERE c.source_id = 'A-1'"));
    // A-2 has no events: received, in WIB, and not public yet.
    assertEquals(
        "2024-03-02T01:30:00Z",
        scalar(
            "SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                + " FROM complaint WHERE source_id = 'A-2'"));
    assertEquals("RECEIVED", scalar("SELECT status FROM complaint WHERE source_id = 'A-2'"));
    assertEquals(null, scalar("SELECT published_text FROM complaint WHERE source_id = 'A-2'"));
    assertEquals(
        "Jalan berlubang di depan Pasar Gede.",
        scalar("SELECT published_text FROM complaint WHERE source_id = 'A-1'"));
    assertEquals("2", scalar("SELECT count(DISTINCT complaint_id) FROM complaint_fact"));
    assertEquals(
        "RESPONDED",
        scalar(
            "SELECT f.status FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE c.source_id = 'A-1'"));
  }

  @Test
  void jsonLinesCarryTheSameFieldsWithEventsAsAnArray() throws Exception {
    run(file("good.csv", HEADER + A1 + A2).toString());
    Path jsonl =
        file(
            "same.jsonl",
            """
            {"source_system":"SIPP","source_id":"A-1","received_at":"2024-03-01T09:00:00+07:00",\
            "channel":"WEB","category":"JALAN","region":"33.72","agencies":["DPU-3372"],\
            "text":"Jalan berlubang di depan Pasar Gede.","reporter_name":"Siti Aminah",\
            "reporter_contact":"0812-1111-2222","status":"RESPONDED","events":[\
            {"type":"VERIFIED","occurred_at":"2024-03-01T10:00:00+07:00"},\
            {"type":"ROUTED","occurred_at":"2024-03-01T11:00:00+07:00","agency":"DPU-3372"},\
            {"type":"RESPONDED","occurred_at":"2024-03-02T09:00:00+07:00","agency":"DPU-3372"}]}

            {"source_system":"SIPP","source_id":"A-2","received_at":"2024-03-02 08:30",\
            "channel":"SMS","category":"JALAN","text":"Lampu mati, sudah lama."}
            {"source_system":"SIPP","source_id":"A-3","received_at":"2024-03-03 08:30",\
            "channel":"SMS","category":"JALAN","text":"Got","events":[{"type":"RESOLVED",\
            "occurred_at":"2024-03-04 08:30","agency":"DPU-3372"}]}
            """);

    ImportSummary summary = run(jsonl.toString());

    // The same complaints in the other format are recognised as unchanged.
    assertEquals(new ImportSummary(0, 0, 2, 1), summary);
    assertEquals(
        "file,line,field,reason\n"
            + jsonl
            + ",4,events[1].type,\"a complaint that is RECEIVED cannot be RESOLVED (allowed from"
            + " [ROUTED, RESPONDED, IN_PROGRESS])\"\n",
        reportText());
    assertEquals("2", scalar("SELECT count(*) FROM complaint"));
  }

  @Test
  void aMixedFileReportsEachBadRowExactlyAndLoadsEveryGoodOne() throws Exception {
    Path csv =
        file(
            "mixed.csv",
            HEADER
                + A1
                + "SIPP,B-1,2024-03-01 09:00,FAX,XYZ,33.72,,Teks,,,,\n"
                + "SIPP,B-2,2024-03-01 09:00,WEB,JALAN,,,\"Dua baris:\nbaris kedua\",,,,\n"
                + "SIPP,B-3,2024-03-01 09:00,WEB,JALAN,,,Teks,,,,"
                + "ROUTED 2024-03-02 09:00 DPU-3372;RESPONDED 2024-03-01 10:00 DPU-3372\n"
                + ",,2024-03-01 09:00,WEB,JALAN,,,Teks,,,,\n"
                + "SIPP,B-4,2026-03-01 09:00,WEB,JALAN,99.99,NOPE,Teks,,,CLOSED,\n"
                + A2);

    ImportSummary summary = run(csv.toString());

    assertEquals(new ImportSummary(3, 0, 0, 4), summary);
    assertEquals(
        "file,line,field,reason\n"
            + csv
            + ",3,channel,\"unknown channel FAX (one of [WEB, SMS, PHONE, X, INSTAGRAM, FACEBOOK,"
            + " WHATSAPP, EMAIL, WALK_IN, MOBILE_APP])\"\n"
            + csv
            + ",3,category,unknown code XYZ\n"
            + csv
            + ",6,events[2].occurred_at,2024-03-01T03:00:00Z is before the previous event"
            + " (2024-03-02T02:00:00Z); events must be in order\n"
            + csv
            + ",7,source_system,is required (or give --source SYSTEM for the whole file)\n"
            + csv
            + ",7,source_id,is required\n"
            + csv
            + ",8,received_at,2026-03-01 09:00 is in the future\n"
            + csv
            + ",8,region,unknown code 99.99\n"
            + csv
            + ",8,agencies,unknown code NOPE\n",
        reportText());
    assertEquals(
        "Dua baris:\nbaris kedua",
        scalar(
            "SELECT o.original_text FROM complaint_original o JOIN complaint c"
                + " ON c.id = o.complaint_id WHERE c.source_id = 'B-2'"));
    assertEquals(
        "A-1,A-2,B-2",
        scalar("SELECT string_agg(source_id, ',' ORDER BY source_id) FROM complaint"));
  }

  @Test
  void reImportingChangesNothingThenUpdatesAChangedRowAndAppendsItsNewEvents() throws Exception {
    Path csv = file("good.csv", HEADER + A1 + A2);
    run(csv.toString());
    String reference = scalar("SELECT reference FROM complaint WHERE source_id = 'A-1'");

    assertEquals(new ImportSummary(0, 0, 2, 0), run(csv.toString()));

    String resolved =
        A1.replace(",RESPONDED,", ",RESOLVED,")
            .replace("\n", ";RESOLVED 2024-03-05T09:00:00+07:00 DPU-3372\n");
    ImportSummary summary = run(file("good.csv", HEADER + resolved + A2).toString());

    assertEquals(new ImportSummary(0, 1, 1, 0), summary);
    assertEquals("2", scalar("SELECT count(*) FROM complaint"));
    assertEquals(reference, scalar("SELECT reference FROM complaint WHERE source_id = 'A-1'"));
    assertEquals(
        "1:RECEIVED,2:VERIFIED,3:ROUTED,4:RESPONDED,5:RESOLVED",
        scalar(
            "SELECT string_agg(e.seq || ':' || e.event_type, ',' ORDER BY e.seq)"
                + " FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id"
                + " WHERE c.source_id = 'A-1'"));
    assertEquals("RESOLVED", scalar("SELECT status FROM complaint WHERE source_id = 'A-1'"));
    assertEquals(
        "RESOLVED",
        scalar(
            "SELECT f.status FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE c.source_id = 'A-1'"));
    assertEquals("1", scalar("SELECT count(*) FROM complaint_routing"));
  }

  @Test
  void aRunKilledMidwayIsCompletedByARerunWithoutDuplicates() throws Exception {
    StringBuilder all = new StringBuilder(HEADER);
    StringBuilder prefix = new StringBuilder(HEADER);
    for (int i = 1; i <= 25; i++) {
      String row =
          "SIPP,C-"
              + i
              + ",2024-04-01T09:00:00+07:00,WEB,JALAN,33.72,DPU-3372,Keluhan nomor "
              + i
              + ",,,,\n";
      all.append(row);
      if (i <= 13) {
        prefix.append(row);
      }
    }
    // What a kill leaves: the batches committed before it (here 10 + 3 rows), nothing of the rest.
    assertEquals(
        new ImportSummary(13, 0, 0, 0),
        run(file("c.csv", prefix.toString()).toString(), "--batch", "10"));

    ImportSummary rerun = run(file("c.csv", all.toString()).toString(), "--batch", "10");

    assertEquals(new ImportSummary(12, 0, 13, 0), rerun);
    assertEquals("25", scalar("SELECT count(*) FROM complaint"));
    assertEquals("25", scalar("SELECT count(DISTINCT source_id) FROM complaint"));
    assertEquals("50", scalar("SELECT count(*) FROM complaint_event"));
    assertEquals("25", scalar("SELECT count(*) FROM complaint_routing"));
    assertEquals("25", scalar("SELECT count(DISTINCT complaint_id) FROM complaint_fact"));
    assertEquals("25", scalar("SELECT count(DISTINCT reference) FROM complaint"));
  }

  private static final String ROUTINGS =
      "SELECT string_agg(a.code || (CASE WHEN r.ended_at IS NULL THEN ' open' ELSE ' ended' END),"
          + " ',' ORDER BY r.routed_at) FROM complaint_routing r JOIN agency a ON a.id = r.agency_id"
          + " JOIN complaint c ON c.id = r.complaint_id WHERE c.source_id = 'R-1'";
  private static final String FACT_AGENCY =
      "SELECT string_agg(a.code, ',') FROM complaint_fact f JOIN agency a ON a.id = f.agency_id"
          + " JOIN complaint c ON c.id = f.complaint_id WHERE c.source_id = 'R-1'";
  private static final String ROUTED_TO_DPU =
      "SIPP,R-1,2024-03-01T09:00:00+07:00,WEB,JALAN,33.72,,Jalan rusak di Jebres.,,,ROUTED,"
          + "VERIFIED 2024-03-01T10:00:00+07:00;ROUTED 2024-03-01T11:00:00+07:00 DPU-3372";

  @Test
  void aReroutingEndsTheEarlierRoutingWhetherImportedAtOnceOrAppendedLater() throws Exception {
    String rerouted = ";REROUTED 2024-03-04T08:00:00+07:00 DINKES-3372\n";
    run(file("r.csv", HEADER + ROUTED_TO_DPU + rerouted).toString());

    assertEquals("DPU-3372 ended,DINKES-3372 open", scalar(ROUTINGS));
    assertEquals("DINKES-3372", scalar(FACT_AGENCY));

    // The same story told in two exports: first routed, then the re-routing appended.
    setUp();
    run(file("r.csv", HEADER + ROUTED_TO_DPU + "\n").toString());
    assertEquals("DPU-3372 open", scalar(ROUTINGS));
    assertEquals("DPU-3372", scalar(FACT_AGENCY));

    assertEquals(
        new ImportSummary(0, 1, 0, 0),
        run(file("r.csv", HEADER + ROUTED_TO_DPU + rerouted).toString()));
    assertEquals("DPU-3372 ended,DINKES-3372 open", scalar(ROUTINGS));
    assertEquals("DINKES-3372", scalar(FACT_AGENCY));
    assertEquals(
        "ROUTED,ROUTED",
        scalar(
            "SELECT string_agg(e.event_type, ',' ORDER BY e.seq) FROM complaint_event e"
                + " JOIN complaint c ON c.id = e.complaint_id WHERE c.source_id = 'R-1'"
                + " AND e.event_type = 'ROUTED'"));
  }

  @Test
  void anUpdateCommittedButNeverRefreshedIsMarkedAndCaughtUpByTheNextRun() throws Exception {
    run(file("r.csv", HEADER + ROUTED_TO_DPU + "\n").toString());
    JdbcComplaintImport store = new JdbcComplaintImport(db.dataSource());
    ComplaintRowValidator validator =
        new ComplaintRowValidator(
            store.knownCodes(),
            "SIPP",
            null,
            Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    String responded =
        ROUTED_TO_DPU.replace(",ROUTED,", ",RESPONDED,")
            + ";RESPONDED 2024-03-02T09:00:00+07:00 DPU-3372\n";
    Path changed = file("changed.csv", HEADER + responded);
    List<ImportedComplaint> rows = new ArrayList<>();
    try (var reader = Files.newBufferedReader(changed)) {
      new CsvRecords(reader)
          .forEachRemaining(
              r ->
                  rows.add(
                      validator.validate("changed.csv", r.line(), r.fields(), null).complaint()));
    }

    // What a kill right after a batch's commit leaves: the row updated, its facts not yet.
    assertEquals(new ImportSummary(0, 1, 0, 0), store.write(rows));
    assertEquals("RESPONDED", scalar("SELECT status FROM complaint WHERE source_id = 'R-1'"));
    assertEquals(
        "ROUTED",
        scalar(
            "SELECT f.status FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE c.source_id = 'R-1'"));
    assertEquals("1", scalar("SELECT count(*) FROM complaint_fact_stale"));

    // The next import, of anything, brings the facts up to date first and clears the mark.
    run(file("other.csv", HEADER + A2).toString());

    assertEquals(
        "RESPONDED",
        scalar(
            "SELECT f.status FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE c.source_id = 'R-1'"));
    assertEquals("0", scalar("SELECT count(*) FROM complaint_fact_stale"));
  }

  @Test
  void theSameComplaintInConsecutiveBatchesIsInsertedThenUpdatedInFileOrder() throws Exception {
    String later = A1.replace("Pasar Gede", "Pasar Legi");
    ImportSummary summary =
        run(file("twice.csv", HEADER + A1 + A2 + later).toString(), "--batch", "1");

    assertEquals(new ImportSummary(2, 1, 0, 0), summary);
    assertEquals("1", scalar("SELECT count(*) FROM complaint WHERE source_id = 'A-1'"));
    assertEquals(
        "Jalan berlubang di depan Pasar Legi.",
        scalar("SELECT published_text FROM complaint WHERE source_id = 'A-1'"));
  }

  @Test
  void aLaporStyleExportLoadsThroughAMappingFile() throws Exception {
    Path export = resource("import/lapor-export.csv");
    Path mapping = resource("import/lapor-mapping.properties");

    ImportSummary summary = run(export.toString(), "--mapping", mapping.toString());

    assertEquals(new ImportSummary(2, 0, 0, 1), summary);
    assertEquals(
        "file,line,field,reason\n"
            + export
            + ",4,Tanggal Laporan,\"is not a date and time: 31/02/2024 09:00 (use ISO-8601, e.g."
            + " 2024-03-01T09:30:00+07:00, or 2024-03-01 09:30 in WIB)\"\n",
        reportText());
    assertEquals(
        "LAPOR|MOBILE_APP|ROUTED|33.72",
        scalar(
            "SELECT source_system || '|' || channel || '|' || status || '|' || region_code"
                + " FROM complaint WHERE source_id = 'LPR-0001'"));
    assertEquals(
        "DPU-3372",
        scalar(
            "SELECT a.code FROM complaint_routing r JOIN agency a ON a.id = r.agency_id"
                + " JOIN complaint c ON c.id = r.complaint_id WHERE c.source_id = 'LPR-0001'"));
    assertEquals("SMS", scalar("SELECT channel FROM complaint WHERE source_id = 'LPR-0002'"));
    assertFalse(
        scalar("SELECT coalesce(published_text, '') FROM complaint WHERE source_id = 'LPR-0001'")
            .contains("Budi"));
    assertEquals(
        new ImportSummary(0, 0, 2, 1), run(export.toString(), "--mapping", mapping.toString()));
  }

  @Test
  void importedPersonalDataNeverReachesPublishedTextOrNotesAndRiskyTextsAwaitReview()
      throws Exception {
    Path jsonl =
        file(
            "pii.jsonl",
            "{\"source_system\":\"SIPP\",\"source_id\":\"P-1\",\"received_at\":"
                + "\"2024-03-01 09:00\",\"channel\":\"WHATSAPP\",\"category\":\"JALAN\","
                + "\"text\":\""
                + PII
                + "\",\"reporter_name\":\"Rahmat Hidayat\",\"reporter_contact\":\"0857-1234-5678\","
                + "\"events\":[{\"type\":\"ROUTED\",\"occurred_at\":\"2024-03-01 10:00\","
                + "\"agency\":\"DPU-3372\",\"note\":\"Diteruskan, hubungi pelapor di"
                + " 0857-1234-5678 atau rahmat.h@example.com\"}]}\n");

    assertEquals(new ImportSummary(1, 0, 0, 0), run(jsonl.toString()));

    String published = scalar("SELECT published_text FROM complaint WHERE source_id = 'P-1'");
    for (String secret :
        List.of("Rahmat", "3374014506750002", "0857", "1234-5678", "rahmat.h@example.com")) {
      assertFalse(published.contains(secret), published);
      assertEquals(
          "0",
          scalar(
              "SELECT count(*) FROM complaint_event WHERE public_note LIKE ?", "%" + secret + "%"));
    }
    assertTrue(published.contains("Puskesmas Ngaliyan"), published);
    assertEquals(
        "PENDING_REVIEW", scalar("SELECT publication FROM complaint WHERE source_id = 'P-1'"));
    String reference = scalar("SELECT reference FROM complaint WHERE source_id = 'P-1'");
    assertTrue(
        new JdbcRedactionStore(db.dataSource())
            .pending(PageRequest.first()).items().stream()
                .anyMatch(p -> p.reference().equals(reference)));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ImportCommandTest.class.getClassLoader().getResource(name).toURI());
  }
}
