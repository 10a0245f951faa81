package id.aduanterbuka.persistence.seed;

import static id.aduanterbuka.persistence.seed.SeedQueries.count;
import static id.aduanterbuka.persistence.seed.SeedQueries.string;
import static id.aduanterbuka.persistence.seed.SeedQueries.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.category.ReportType;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shape, lifecycle, mix and privacy of one demo database with a few thousand complaints. */
class DemoDataContentTest {
  private static final int COMPLAINTS = 2_000;
  private static final OffsetDateTime PERIOD_END = OffsetDateTime.parse("2025-10-01T00:00+07:00");

  private static Connection c;
  private static SeedSummary summary;

  @BeforeAll
  static void load() throws SQLException {
    c = PostgresTestDatabase.create().connection();
    summary =
        new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
            .load(c, COMPLAINTS, ProgressListener.NONE);
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void centralJavaHasItsRealRegenciesAndCities() throws SQLException {
    assertEquals(29, count(c, "SELECT count(*) FROM region WHERE kind = 'KABUPATEN'"));
    assertEquals(6, count(c, "SELECT count(*) FROM region WHERE kind = 'KOTA'"));
    assertEquals("Jawa Tengah PROVINSI", nameKind("33"));
    assertEquals("Cilacap KABUPATEN", nameKind("33.01"));
    assertEquals("Banyumas KABUPATEN", nameKind("33.02"));
    assertEquals("Semarang KABUPATEN", nameKind("33.22"));
    assertEquals("Brebes KABUPATEN", nameKind("33.29"));
    assertEquals("Surakarta KOTA", nameKind("33.72"));
    assertEquals("Semarang KOTA", nameKind("33.74"));
    assertEquals("Tegal KOTA", nameKind("33.76"));
    assertEquals("Tembalang KECAMATAN", nameKind("33.74.10"));
    assertEquals("Banjarsari KECAMATAN", nameKind("33.72.05"));
    assertEquals(21, count(c, "SELECT count(*) FROM region WHERE kind = 'KECAMATAN'"));
    assertEquals(summary.regions(), count(c, "SELECT count(*) FROM region"));
  }

  @Test
  void agenciesHaveValidCodesAndSomeButNotAllHaveAnActiveSocialAccount() throws SQLException {
    long agencies = count(c, "SELECT count(*) FROM agency");
    assertTrue(agencies >= 35 && agencies <= 45, agencies + " agencies");
    assertEquals(summary.agencies(), agencies);
    assertEquals(
        0, count(c, "SELECT count(*) FROM agency WHERE code !~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'"));
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM (SELECT a.id FROM agency a LEFT JOIN agency_channel ch"
                + " ON ch.agency_id = a.id GROUP BY a.id"
                + " HAVING count(ch.*) NOT BETWEEN 2 AND 6) x"));
    long withActiveSocial =
        count(
            c,
            "SELECT count(DISTINCT agency_id) FROM agency_channel WHERE verified_active"
                + " AND channel_type IN ('X', 'INSTAGRAM', 'FACEBOOK', 'TIKTOK', 'YOUTUBE')");
    assertTrue(
        withActiveSocial > agencies / 2 && withActiveSocial < agencies, "" + withActiveSocial);
    assertEquals("RSUD", string(c, "SELECT kind FROM agency WHERE code = 'RSUD-MOEWARDI'"));
    assertEquals(
        "SETDA-3374",
        string(
            c,
            "SELECT p.code FROM agency a JOIN agency p ON p.id = a.parent_id"
                + " WHERE a.code = 'KEC-337410'"));
  }

  @Test
  void categoriesUseTheNationalSlaRule() throws SQLException {
    long categories = count(c, "SELECT count(*) FROM category");
    assertTrue(categories >= 20 && categories <= 30, categories + " categories");
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT code, report_type, requires_oversight, sla_working_days,"
                    + " default_agency_id FROM category")) {
      while (rs.next()) {
        ReportType type = ReportType.valueOf(rs.getString(2));
        assertEquals(type.defaultSlaWorkingDays(rs.getBoolean(3)), rs.getInt(4), rs.getString(1));
        assertTrue(rs.getLong(5) > 0, rs.getString(1) + " has a default agency");
      }
    }
    assertEquals(60, count(c, "SELECT sla_working_days FROM category WHERE code = 'pungli'"));
    assertEquals(
        5, count(c, "SELECT sla_working_days FROM category WHERE code = 'permintaan-informasi'"));
  }

  @Test
  void mppsOfferAFullCatalogue() throws SQLException {
    long mpps = count(c, "SELECT count(*) FROM mpp");
    assertTrue(mpps >= 8 && mpps <= 12, mpps + " MPPs");
    long services = count(c, "SELECT count(*) FROM mpp_service");
    assertTrue(services >= 140 && services <= 160, services + " services");
    assertEquals(summary.mppServices(), services);
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM mpp_service s WHERE NOT EXISTS"
                + " (SELECT 1 FROM mpp_service_offering o WHERE o.service_id = s.id)"));
    for (String table : List.of("mpp_service_requirement", "mpp_service_step")) {
      assertEquals(
          0,
          count(
              c,
              "SELECT count(*) FROM (SELECT service_id FROM "
                  + table
                  + " GROUP BY service_id HAVING count(*) NOT BETWEEN 2 AND 5"
                  + " OR max(position) <> count(*) - 1) x"),
          table);
    }
    assertEquals(
        services, count(c, "SELECT count(DISTINCT service_id) FROM mpp_service_requirement"));
    assertEquals(
        350_000,
        count(c, "SELECT fee_rupiah FROM mpp_service WHERE code = 'kanim-3374-paspor-biasa'"));
    assertEquals(
        mpps * 5, count(c, "SELECT count(*) FROM mpp_opening_hours WHERE day_of_week <= 5"));
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM mpp m WHERE NOT EXISTS"
                + " (SELECT 1 FROM mpp_tenant t WHERE t.mpp_id = m.id)"));
  }

  @Test
  void everyTimelineReplaysToItsStatus() throws SQLException {
    Pattern reference = Pattern.compile("[A-Z]{2,5}-(20[0-9]{2})-[0-9]{6,7}");
    int checked = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.id, c.status, c.received_at, c.reference,"
                    + " extract(year FROM c.received_at AT TIME ZONE 'Asia/Jakarta')::int,"
                    + " e.seq, e.event_type, e.occurred_at, e.agency_id"
                    + " FROM complaint c JOIN complaint_event e ON e.complaint_id = c.id"
                    + " ORDER BY c.id, e.seq")) {
      long current = -1;
      ComplaintStatus replayed = null;
      String stored = null;
      OffsetDateTime last = null;
      while (rs.next()) {
        long id = rs.getLong(1);
        EventType type = EventType.valueOf(rs.getString(7));
        OffsetDateTime at = rs.getObject(8, OffsetDateTime.class);
        if (id != current) {
          if (current >= 0) {
            assertEquals(stored, replayed.name(), "complaint " + current);
            checked++;
          }
          current = id;
          stored = rs.getString(2);
          assertEquals(1, rs.getInt(6));
          assertEquals(EventType.RECEIVED, type, "complaint " + id + " starts RECEIVED");
          assertTrue(at.isEqual(rs.getObject(3, OffsetDateTime.class)), "received_at " + id);
          var m = reference.matcher(rs.getString(4));
          assertTrue(m.matches(), rs.getString(4));
          assertEquals(rs.getInt(5), Integer.parseInt(m.group(1)), rs.getString(4));
          replayed = type.resultingStatus();
        } else {
          replayed = replayed.after(type);
          assertTrue(!at.isBefore(last), "occurred_at goes backwards in complaint " + id);
        }
        assertTrue(at.isBefore(PERIOD_END), "event after the period in complaint " + id);
        if (type.requiresAgency()) {
          assertTrue(rs.getLong(9) > 0, type + " without agency in complaint " + id);
        }
        last = at;
      }
      assertEquals(stored, replayed.name(), "complaint " + current);
      checked++;
    }
    assertEquals(COMPLAINTS, checked);
    assertEquals(
        count(c, "SELECT count(*) FROM complaint_event WHERE event_type = 'ROUTED'"),
        count(c, "SELECT count(*) FROM complaint_routing"));
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM complaint_event e WHERE e.event_type IN"
                + " ('RESPONDED', 'IN_PROGRESS', 'RESOLVED') AND NOT EXISTS (SELECT 1 FROM"
                + " complaint_routing r WHERE r.complaint_id = e.complaint_id"
                + " AND r.agency_id = e.agency_id)"));
  }

  @Test
  void theMixHasEveryKindOfOutcome() throws SQLException {
    double rejected = share("SELECT count(*) FROM complaint WHERE status = 'REJECTED'");
    double unanswered =
        share(
            "SELECT count(*) FROM complaint c WHERE status = 'ROUTED' AND NOT EXISTS (SELECT 1"
                + " FROM complaint_event e WHERE e.complaint_id = c.id"
                + " AND e.event_type IN ('RESPONDED', 'IN_PROGRESS', 'RESOLVED'))");
    double rerouted =
        share(
            "SELECT count(DISTINCT complaint_id) FROM complaint_routing WHERE ended_at IS NOT NULL");
    double coRouted =
        share(
            "SELECT count(*) FROM (SELECT complaint_id FROM complaint_routing"
                + " WHERE ended_at IS NULL GROUP BY complaint_id HAVING count(*) > 1) x");
    double reopened =
        share(
            "SELECT count(DISTINCT complaint_id) FROM complaint_event"
                + " WHERE event_type = 'REOPENED'");
    double resolved =
        share("SELECT count(*) FROM complaint WHERE status IN ('RESOLVED', 'CLOSED')");
    double inProgress = share("SELECT count(*) FROM complaint WHERE status = 'IN_PROGRESS'");
    assertTrue(rejected > 0.02 && rejected < 0.07, "rejected " + rejected);
    assertTrue(unanswered > 0.04 && unanswered < 0.14, "unanswered " + unanswered);
    assertTrue(rerouted > 0.02, "re-routed " + rerouted);
    assertTrue(coRouted > 0.01, "co-routed " + coRouted);
    assertTrue(reopened > 0.01 && reopened < 0.06, "reopened " + reopened);
    assertTrue(resolved > 0.6, "resolved " + resolved);
    assertTrue(inProgress > 0, "in progress " + inProgress);
    assertEquals(
        List.of("WEB", "WHATSAPP", "X"),
        strings(c, "SELECT channel FROM complaint GROUP BY channel ORDER BY count(*) DESC LIMIT 3")
            .stream()
            .sorted()
            .toList());
  }

  @Test
  void publishedTextsCarryNoReporterIdentity() throws SQLException {
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM complaint c JOIN complaint_original o ON o.complaint_id = c.id"
                + " WHERE strpos(c.published_text, o.reporter_name) > 0"
                + " OR strpos(c.published_text, o.reporter_contact) > 0"));
    assertEquals(
        0, count(c, "SELECT count(*) FROM complaint WHERE published_text ~ '08[0-9]{6,}'"));
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM complaint WHERE published_text IS NOT NULL"
                + " AND status IN ('RECEIVED', 'REJECTED')"));
    assertEquals(
        0,
        count(
            c,
            "SELECT count(*) FROM complaint WHERE published_text IS NULL"
                + " AND status NOT IN ('RECEIVED', 'REJECTED')"));
    // The restricted side really holds an identity, so the checks above are meaningful.
    assertEquals(COMPLAINTS, count(c, "SELECT count(*) FROM complaint_original"));
    assertTrue(
        count(
                c,
                "SELECT count(*) FROM complaint_original WHERE reporter_name IS NOT NULL"
                    + " AND strpos(original_text, reporter_name) > 0"
                    + " AND strpos(original_text, reporter_contact) > 0")
            > COMPLAINTS * 0.8);
    assertNotNull(
        string(
            c,
            "SELECT original_text FROM complaint_original WHERE original_text ~ '08[0-9]{8,}' LIMIT 1"));
  }

  private static String nameKind(String code) throws SQLException {
    return string(c, "SELECT name || ' ' || kind FROM region WHERE code = '" + code + "'");
  }

  private static double share(String sql) throws SQLException {
    return count(c, sql) / (double) COMPLAINTS;
  }
}
