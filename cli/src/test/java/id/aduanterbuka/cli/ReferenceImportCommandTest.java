package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.persistence.importing.JdbcComplaintImport;
import id.aduanterbuka.persistence.importing.JdbcReferenceImport;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
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

/**
 * {@code bin/aduan import --kind …} over a real database: agencies with channels, categories, MPPs
 * and MPP services in, by code, with the same row-level report and summary as complaints.
 */
class ReferenceImportCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String AGENCIES =
      "code,name,short_name,kind,parent,region,channels\n"
          // a child before its parent
          + "UPT-PKM-3372,Puskesmas Ngoresan,,DINAS,DINKES-3372,33.72,PHONE 0271-111222\n"
          + "DINKES-3372,Dinas Kesehatan Kota Surakarta,Dinkes Solo,DINAS,SETDA-3372,33.72,"
          + "\"INSTAGRAM @dinkessolo https://www.instagram.com/dinkessolo/ verified=2024-12-02;"
          + "WEBSITE dinkes.surakarta.go.id https://dinkes.surakarta.go.id\"\n";

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
              + " ('SETDA-3372', 'Sekretariat Daerah Kota Surakarta', 'Setda', 'SECRETARIAT',"
              + " '33.72')");
    }
    report = dir.resolve("errors.csv");
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private ImportSummary run(String kind, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("--kind", kind));
    all.addAll(List.of(args));
    all.addAll(List.of("--report", report.toString()));
    ImportSummary summary =
        new ReferenceImportCommand(
                new JdbcReferenceImport(db.dataSource()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                CLOCK)
            .run(all);
    printed = out.toString(StandardCharsets.UTF_8);
    return summary;
  }

  private String scalar(String sql) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  private String reportText() throws IOException {
    return Files.readString(report, StandardCharsets.UTF_8);
  }

  private String dataVersion() throws SQLException {
    return scalar("SELECT version FROM data_version");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReferenceImportCommandTest.class.getResource("/" + name).toURI());
  }

  @Test
  void agenciesLoadWithTheirChannelsAndAParentListedAfterItsChild() throws Exception {
    ImportSummary summary = run("agencies", file("agencies.csv", AGENCIES).toString());

    assertEquals(new ImportSummary(2, 0, 0, 0), summary);
    assertTrue(
        printed.contains(
            "Imported 2 agencies rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected."),
        printed);
    assertEquals("file,line,field,reason\n", reportText());
    assertEquals(
        "DINKES-3372",
        scalar(
            "SELECT p.code FROM agency a JOIN agency p ON p.id = a.parent_id"
                + " WHERE a.code = 'UPT-PKM-3372'"));
    assertEquals(
        "Puskesmas Ngoresan", scalar("SELECT short_name FROM agency WHERE code = 'UPT-PKM-3372'"));
    assertEquals(
        "INSTAGRAM @dinkessolo true 2024-12-02|WEBSITE dinkes.surakarta.go.id false ",
        scalar(
            "SELECT string_agg(channel_type || ' ' || handle || ' ' || verified_active || ' '"
                + " || coalesce(verified_on::text, ''), '|' ORDER BY channel_type)"
                + " FROM agency_channel ch JOIN agency a ON a.id = ch.agency_id"
                + " WHERE a.code = 'DINKES-3372'"));
  }

  @Test
  void reImportingTheSameFileChangesNothingNotEvenTheDataVersion() throws Exception {
    Path csv = file("agencies.csv", AGENCIES);
    run("agencies", csv.toString());
    String version = dataVersion();

    assertEquals(new ImportSummary(0, 0, 2, 0), run("agencies", csv.toString()));

    assertEquals(version, dataVersion(), "an unchanged import must not move the API's ETags");
    assertEquals("0", scalar("SELECT max(version) FROM agency"));
  }

  @Test
  void aChangedAgencyIsUpdatedWithItsVersionBumpedAndItsComplaintsFactsRenamed() throws Exception {
    run("agencies", file("agencies.csv", AGENCIES).toString());
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO category (code, name_id, name_en, report_type, sla_working_days)"
              + " VALUES ('kesehatan', 'Kesehatan', 'Health', 'COMPLAINT', 14)");
    }
    new ImportCommand(
            new JdbcComplaintImport(db.dataSource()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            CLOCK)
        .run(
            List.of(
                file(
                        "complaints.csv",
                        "source_system,source_id,received_at,channel,category,agencies,text\n"
                            + "SIPP,K-1,2024-03-01 09:00,WEB,kesehatan,DINKES-3372,Antrean lama.\n")
                    .toString(),
                "--report",
                dir.resolve("complaint-errors.csv").toString()));
    String version = dataVersion();

    String renamed =
        AGENCIES
            .replace("Dinas Kesehatan Kota Surakarta", "Dinas Kesehatan Surakarta")
            .replace(";WEBSITE dinkes.surakarta.go.id https://dinkes.surakarta.go.id", "");
    ImportSummary summary = run("agencies", file("agencies.csv", renamed).toString());

    assertEquals(new ImportSummary(0, 1, 1, 0), summary);
    assertEquals("1", scalar("SELECT version FROM agency WHERE code = 'DINKES-3372'"));
    assertEquals("0", scalar("SELECT version FROM agency WHERE code = 'UPT-PKM-3372'"));
    assertEquals(
        "INSTAGRAM",
        scalar(
            "SELECT string_agg(channel_type, ',') FROM agency_channel ch"
                + " JOIN agency a ON a.id = ch.agency_id WHERE a.code = 'DINKES-3372'"));
    assertNotEquals(version, dataVersion());
    assertEquals(
        "{\"Dinas Kesehatan Surakarta\"}",
        scalar("SELECT agency_names::text FROM complaint_fact WHERE primary_row"));
  }

  @Test
  void aFileWithoutAChannelsColumnKeepsTheStoredChannels() throws Exception {
    run("agencies", file("agencies.csv", AGENCIES).toString());

    ImportSummary summary =
        run(
            "agencies",
            file(
                    "names.csv",
                    "code,name,short_name,kind,parent,region\n"
                        + "DINKES-3372,Dinas Kesehatan Kota Surakarta,Dinkes Solo,DINAS,"
                        + "SETDA-3372,33.72\n")
                .toString());

    assertEquals(new ImportSummary(0, 0, 1, 0), summary);
    assertEquals("3", scalar("SELECT count(*) FROM agency_channel"));
  }

  @Test
  void badRowsAreReportedExactlyAndNeverStopTheGoodOnes() throws Exception {
    Path csv =
        file(
            "mixed.csv",
            "code,name,short_name,kind,parent,region,channels\n"
                + "DISHUB-3372,Dinas Perhubungan Kota Surakarta,Dishub,DINAS,,33.72,\n"
                + "UPT-PARKIR,UPT Perparkiran,,DINAS,DPU-3372,33.72,\n"
                + "DPU-3372,Dinas Pekerjaan Umum,DPU,DINAS,NOPE-1,33.72,\n"
                + "bad code,Dinas X,,DEPARTMENT,,99.99,FAX 123\n"
                + "DISHUB-3372,Dinas Perhubungan (dup),Dishub,DINAS,,33.72,\n"
                + "SATPOL-3372,Satpol PP,,SATPOL_PP,SETDA-3372,33.72,X @satpol verified=2030-01-01\n");

    ImportSummary summary = run("agencies", csv.toString());

    assertEquals(new ImportSummary(1, 0, 0, 5), summary);
    assertEquals(
        "file,line,field,reason\n"
            + csv
            + ",3,parent,parent DPU-3372 was rejected (line 4)\n"
            + csv
            + ",4,parent,unknown agency code NOPE-1\n"
            + csv
            + ",5,code,\"'bad code' is not an agency code: use up to 32 upper-case letters,"
            + " digits and single dashes, e.g. DINKES-3374.\"\n"
            + csv
            + ",5,kind,\"unknown value DEPARTMENT (one of [SECRETARIAT, DINAS, BADAN, INSPECTORATE,"
            + " SATPOL_PP, RSUD, BUMD, DISTRICT_OFFICE, VILLAGE_OFFICE, VERTICAL_OFFICE])\"\n"
            + csv
            + ",5,region,unknown code 99.99\n"
            + csv
            + ",5,channels[1].type,\"unknown value FAX (one of [X, INSTAGRAM, FACEBOOK, TIKTOK,"
            + " YOUTUBE, WHATSAPP, SMS, PHONE, CALL_CENTRE, EMAIL, WEBSITE])\"\n"
            + csv
            + ",6,code,DISHUB-3372 is already on line 2; a code may appear once per import\n"
            + csv
            + ",7,channels[1].verified_on,2030-01-01 is in the future\n",
        reportText());
    assertEquals(
        "DISHUB-3372,SETDA-3372", scalar("SELECT string_agg(code, ',' ORDER BY code) FROM agency"));
  }

  @Test
  void agenciesInJsonLinesCarryChannelsAsObjectsAndAreTheSameAsTheirCsv() throws Exception {
    run("agencies", file("agencies.csv", AGENCIES).toString());
    Path jsonl =
        file(
            "agencies.jsonl",
            """
            {"code":"DINKES-3372","name":"Dinas Kesehatan Kota Surakarta","short_name":"Dinkes Solo",\
            "kind":"DINAS","parent":"SETDA-3372","region":"33.72","channels":[\
            {"type":"WEBSITE","handle":"dinkes.surakarta.go.id","url":"https://dinkes.surakarta.go.id"},\
            {"type":"INSTAGRAM","handle":"@dinkessolo","url":"https://www.instagram.com/dinkessolo/",\
            "verified_active":true,"verified_on":"2024-12-02"}]}

            {"code":"UPT-PKM-3372","name":"Puskesmas Ngoresan","kind":"DINAS","parent":"DINKES-3372",\
            "region":"33.72","channels":["PHONE 0271-111222"]}
            {"code":"RSUD-3372","name":"RSUD Bung Karno","kind":"RSUD","region":"33.72",\
            "channels":[{"type":"PHONE","handle":"0271-1","colour":"red"}]}
            not json
            """);

    ImportSummary summary = run("agencies", jsonl.toString());

    assertEquals(new ImportSummary(0, 0, 2, 2), summary);
    String text = reportText();
    assertTrue(
        text.startsWith(
            "file,line,field,reason\n"
                + jsonl
                + ",4,channels[1].colour,\"is not a channel field (one of type, handle, url,"
                + " verified_active, verified_on)\"\n"
                + jsonl
                + ",5,,\"is not a JSON object: "),
        text);
    assertEquals(3, text.lines().count());
  }

  @Test
  void agenciesWithOtherColumnNamesLoadThroughAMappingFile() throws Exception {
    Path export = resource("import/simpeg-agencies.csv");
    Path mapping = resource("import/simpeg-mapping.properties");

    ImportSummary summary = run("agencies", export.toString(), "--mapping", mapping.toString());

    assertEquals(new ImportSummary(2, 0, 0, 0), summary, Files.readString(report));
    assertEquals("DINAS", scalar("SELECT kind FROM agency WHERE code = 'PKM-NGORESAN'"));
    assertEquals(
        "@dinkessolo",
        scalar(
            "SELECT handle FROM agency_channel ch JOIN agency a ON a.id = ch.agency_id"
                + " WHERE a.code = 'DINKES-3372'"));
    assertEquals(
        new ImportSummary(0, 0, 2, 0),
        run("agencies", export.toString(), "--mapping", mapping.toString()));

    // Errors name the export's own columns.
    Path bad =
        file(
            "simpeg-bad.csv",
            "Kode OPD;Nama OPD;Singkatan;Jenis;Induk;Wilayah\n"
                + "DISHUB-3372;Dinas Perhubungan;Dishub;Dinas;;33.99\n");
    run("agencies", bad.toString(), "--mapping", mapping.toString());
    assertEquals(
        "file,line,field,reason\n" + bad + ",2,Wilayah,unknown code 33.99\n", reportText());
  }

  private static final String CATEGORIES =
      "code,name_id,name_en,report_type,requires_oversight,sla_working_days,default_agency\n"
          + "jalan-rusak,Jalan rusak,Damaged roads,COMPLAINT,false,,SETDA-3372\n"
          + "pungli,Pungutan liar,Illegal levies,COMPLAINT,ya,,\n"
          + "info-publik,Informasi publik,Public information,INFORMATION_REQUEST,,3,\n";

  @Test
  void categoriesLoadInCsvAndJsonLinesAndReImportAsUnchanged() throws Exception {
    assertEquals(
        new ImportSummary(3, 0, 0, 0),
        run("categories", file("categories.csv", CATEGORIES).toString()));
    assertEquals(
        "info-publik:3:false:,jalan-rusak:14:false:SETDA-3372,pungli:60:true:",
        scalar(
            "SELECT string_agg(k.code || ':' || k.sla_working_days || ':' || k.requires_oversight"
                + " || ':' || coalesce(a.code, ''), ',' ORDER BY k.code) FROM category k"
                + " LEFT JOIN agency a ON a.id = k.default_agency_id"));

    Path jsonl =
        file(
            "categories.jsonl",
            """
            {"code":"jalan-rusak","name_id":"Jalan rusak","name_en":"Damaged roads",\
            "report_type":"COMPLAINT","default_agency":"SETDA-3372"}
            {"code":"pungli","name_id":"Pungutan liar","name_en":"Illegal levies",\
            "report_type":"COMPLAINT","requires_oversight":true}
            {"code":"banjir","name_id":"Banjir","name_en":"Floods","report_type":"COMPLAINT",\
            "sla_working_days":400,"default_agency":"BPBD-3372"}
            """);
    assertEquals(new ImportSummary(0, 0, 2, 1), run("categories", jsonl.toString()));
    assertEquals(
        "file,line,field,reason\n"
            + jsonl
            + ",3,sla_working_days,\"must be between 1 and 365, was 400\"\n"
            + jsonl
            + ",3,default_agency,unknown code BPBD-3372\n",
        reportText());
  }

  @Test
  void aCategoryWhoseDeadlineChangesIsUpdatedAndItsComplaintsFactsFollow() throws Exception {
    run("categories", file("categories.csv", CATEGORIES).toString());
    new ImportCommand(
            new JdbcComplaintImport(db.dataSource()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            CLOCK)
        .run(
            List.of(
                file(
                        "complaints.csv",
                        "source_system,source_id,received_at,channel,category,text\n"
                            + "SIPP,J-1,2024-03-01 09:00,WEB,jalan-rusak,Jalan berlubang.\n")
                    .toString(),
                "--report",
                dir.resolve("complaint-errors.csv").toString()));
    assertEquals("14", scalar("SELECT sla_working_days FROM complaint_fact"));

    ImportSummary summary =
        run(
            "categories",
            file("categories.csv", CATEGORIES.replace("false,,SETDA-3372", "false,10,SETDA-3372"))
                .toString());

    assertEquals(new ImportSummary(0, 1, 2, 0), summary);
    assertEquals("1", scalar("SELECT version FROM category WHERE code = 'jalan-rusak'"));
    assertEquals("10", scalar("SELECT sla_working_days FROM complaint_fact"));
  }

  private void agenciesForMpps() throws Exception {
    run("agencies", file("agencies.csv", AGENCIES).toString());
  }

  private static final String MPPS =
      "code,name,regency,address,opened_on,opening_hours,tenants\n"
          + "MPP-3372,Mal Pelayanan Publik Kota Surakarta,33.72,\"Jl. Slamet Riyadi 1, Solo\","
          + "2023-05-02,MON-THU 08:00-15:00;FRI 08:00-11:00,DINKES-3372;SETDA-3372\n";

  @Test
  void mppsLoadWithHoursAndTenantsAndUnknownTenantsAreRejectedRowByRow() throws Exception {
    agenciesForMpps();
    Path csv =
        file(
            "mpps.csv",
            MPPS
                + "MPP-3399,MPP Nowhere,33.99,Jl. X,,,\n"
                + "MPP-3373,MPP Salatiga,33.72,Jl. Y,,MON 15:00-08:00,DPU-9999\n");

    ImportSummary summary = run("mpps", csv.toString());

    assertEquals(new ImportSummary(1, 0, 0, 2), summary);
    assertEquals(
        "file,line,field,reason\n"
            + csv
            + ",3,regency,unknown code 33.99\n"
            + csv
            + ",4,opening_hours[1],\"opens at 15:00, not before it closes at 08:00\"\n"
            + csv
            + ",4,tenants[1],unknown agency code DPU-9999\n",
        reportText());
    assertEquals(
        "1:08:00:00-15:00:00,2:08:00:00-15:00:00,3:08:00:00-15:00:00,4:08:00:00-15:00:00,"
            + "5:08:00:00-11:00:00",
        scalar(
            "SELECT string_agg(day_of_week || ':' || opens || '-' || closes, ','"
                + " ORDER BY day_of_week) FROM mpp_opening_hours"));
    assertEquals(
        "DINKES-3372,SETDA-3372",
        scalar(
            "SELECT string_agg(a.code, ',' ORDER BY a.code) FROM mpp_tenant t"
                + " JOIN agency a ON a.id = t.agency_id"));

    Path jsonl =
        file(
            "mpps.jsonl",
            """
            {"code":"MPP-3372","name":"Mal Pelayanan Publik Kota Surakarta","regency":"33.72",\
            "address":"Jl. Slamet Riyadi 1, Solo","opened_on":"2023-05-02",\
            "opening_hours":["FRI 08:00-11:00","MON-THU 08:00-15:00","SAT 08:00-12:00"],\
            "tenants":["SETDA-3372","DINKES-3372"]}
            """);
    assertEquals(new ImportSummary(0, 1, 0, 0), run("mpps", jsonl.toString()));
    assertEquals("1", scalar("SELECT version FROM mpp"));
    assertEquals("6", scalar("SELECT count(*) FROM mpp_opening_hours"));
    assertEquals(new ImportSummary(0, 0, 1, 0), run("mpps", jsonl.toString()));
  }

  private static final String SERVICES =
      "code,name,agency,mpps,duration_amount,duration_unit,fee_rupiah,output,legal_basis,"
          + "online_url,requirements,procedure\n"
          + "dinkes-3372-laik-sehat,Sertifikat laik hygiene,DINKES-3372,MPP-3372,14,WORKING_DAYS,"
          + "0,Sertifikat,Permenkes 14/2021,https://dinkes.surakarta.go.id/layanan,"
          + "\"Fotokopi KTP; dilegalisir|Denah lokasi\",\"Ambil antrean\nSerahkan berkas\"\n";

  @Test
  void mppServicesLoadWithTheirListsInCsvAndJsonLinesAndRejectUnknownCodes() throws Exception {
    agenciesForMpps();
    run("mpps", file("mpps.csv", MPPS).toString());
    Path csv =
        file(
            "services.csv",
            SERVICES
                + "dpu-3372-pbg,Persetujuan bangunan gedung,DPU-3372,MPP-3399,3,DAYS,-1,PBG,,"
                + "http://simbg.pu.go.id,,\n");

    ImportSummary summary = run("mpp-services", csv.toString());

    assertEquals(new ImportSummary(1, 0, 0, 1), summary);
    assertEquals(
        "file,line,field,reason\n"
            + csv
            + ",4,agency,unknown code DPU-3372\n"
            + csv
            + ",4,mpps[1],unknown MPP code MPP-3399 (import the MPPs first)\n"
            + csv
            + ",4,duration_unit,\"unknown value DAYS (one of [MINUTES, HOURS, WORKING_DAYS])\"\n"
            + csv
            + ",4,fee_rupiah,\"must be between 0 and 1000000000000, was -1\"\n"
            + csv
            + ",4,online_url,is not an https:// URL: http://simbg.pu.go.id\n",
        reportText());
    assertEquals(
        "0:Fotokopi KTP; dilegalisir|1:Denah lokasi",
        scalar(
            "SELECT string_agg(position || ':' || requirement, '|' ORDER BY position)"
                + " FROM mpp_service_requirement"));
    assertEquals(
        "0:Ambil antrean|1:Serahkan berkas",
        scalar(
            "SELECT string_agg(position || ':' || step, '|' ORDER BY position)"
                + " FROM mpp_service_step"));
    assertEquals(
        "MPP-3372",
        scalar("SELECT m.code FROM mpp_service_offering o JOIN mpp m ON m.id = o.mpp_id"));

    Path jsonl =
        file(
            "services.jsonl",
            """
            {"code":"dinkes-3372-laik-sehat","name":"Sertifikat laik hygiene",\
            "agency":"DINKES-3372","mpps":["MPP-3372"],"duration_amount":14,\
            "duration_unit":"WORKING_DAYS","fee_rupiah":0,"output":"Sertifikat",\
            "legal_basis":"Permenkes 14/2021","online_url":"https://dinkes.surakarta.go.id/layanan",\
            "requirements":["Fotokopi KTP; dilegalisir","Denah lokasi"],\
            "procedure":["Ambil antrean","Serahkan berkas"]}
            """);
    assertEquals(new ImportSummary(0, 0, 1, 0), run("mpp-services", jsonl.toString()));

    String version = dataVersion();
    Path changed =
        file(
            "services.jsonl",
            Files.readString(jsonl).replace("\"Denah lokasi\"", "\"Denah lokasi\",\"NPWP\""));
    assertEquals(new ImportSummary(0, 1, 0, 0), run("mpp-services", changed.toString()));
    assertEquals("1", scalar("SELECT version FROM mpp_service"));
    assertEquals("3", scalar("SELECT count(*) FROM mpp_service_requirement"));
    assertNotEquals(version, dataVersion());
  }

  @Test
  void anUnknownKindOrAMissingFileStopsBeforeAnythingIsRead() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run("villages", "x.csv"));
    assertTrue(e.getMessage().startsWith("unknown --kind villages"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> run("agencies"));
  }

  @Test
  void theCommandLineChoosesTheComplaintImportUnlessAnotherKindIsGiven() {
    assertEquals("complaints", Main.importKind(List.of("a.csv", "--report", "r.csv")));
    assertEquals("mpps", Main.importKind(List.of("--kind", "mpps", "a.csv")));
    assertEquals(
        List.of("a.csv", "--report", "r.csv"),
        Main.withoutKind(List.of("a.csv", "--kind", "complaints", "--report", "r.csv")));
  }

  @Test
  void regionsOfAnotherProvinceLoadParentsFirstWhateverTheirOrderInTheFile() throws Exception {
    Path csv =
        file(
            "regions.csv",
            "code,name,kind\n"
                + "35.73.01,Kedungkandang,\n"
                + "35.73,Kota Malang,KOTA\n"
                + "35,Jawa Timur,\n"
                + "35.99.01,Nowhere,\n"
                + "35.07,Kabupaten Malang,KECAMATAN\n");

    ImportSummary summary = run("regions", csv.toString());

    assertEquals(new ImportSummary(3, 0, 0, 2), summary);
    assertEquals(
        "file,line,field,reason\n"
            + csv
            + ",5,code,its parent region 35.99 is unknown (import it too)\n"
            + csv
            + ",6,kind,\"KECAMATAN is not a kind of REGENCY (one of [KABUPATEN, KOTA])\"\n",
        reportText());
    assertEquals(
        "35:PROVINSI:,35.73:KOTA:35,35.73.01:KECAMATAN:35.73",
        scalar(
            "SELECT string_agg(code || ':' || kind || ':' || coalesce(parent_code, ''), ','"
                + " ORDER BY code) FROM region WHERE code LIKE '35%'"));

    String renamed =
        "code,name,kind\n35.73.01,Kedungkandang,\n35.73,Kota Malang (Ngalam),KOTA\n35,Jawa Timur,\n";
    assertEquals(
        new ImportSummary(0, 1, 2, 0), run("regions", file("regions.csv", renamed).toString()));
    assertEquals("1", scalar("SELECT version FROM region WHERE code = '35.73'"));
  }
}
