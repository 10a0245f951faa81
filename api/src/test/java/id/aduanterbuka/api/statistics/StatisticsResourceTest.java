package id.aduanterbuka.api.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.RollupStatistics;
import id.aduanterbuka.persistence.statistics.SqlCoverage;
import id.aduanterbuka.persistence.statistics.SqlResponseFigures;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.statistics.Coverage;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.StatisticsService;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

/** The statistics resources over the rollups of 3,000 generated complaints. */
class StatisticsResourceTest extends JerseyTest {
  private static final Instant NOW = Instant.parse("2025-09-30T10:00:00Z");
  private static PostgresTestDatabase db;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    if (db == null) {
      db = PostgresTestDatabase.create();
      try (Connection c = db.connection()) {
        new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 3_000, ProgressListener.NONE);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      new StatisticsFacts(db.dataSource()).refresh();
    }
    StatisticsService service =
        new StatisticsService(
            new RollupStatistics(db.dataSource()), Clock.fixed(NOW, ZoneOffset.UTC));
    return new ResourceConfig(StatisticsResource.class, AgencyStatisticsResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(service).to(StatisticsService.class);
              }
            });
  }

  private JsonObject get(String path, String... query) {
    var target = target(path);
    for (int i = 0; i < query.length; i += 2) {
      target = target.queryParam(query[i], query[i + 1]);
    }
    Response response = target.request().get();
    String body = response.readEntity(String.class);
    assertEquals(200, response.getStatus(), body);
    return Json.createReader(new StringReader(body)).readObject();
  }

  private Response raw(String path, String... query) {
    var target = target(path);
    for (int i = 0; i < query.length; i += 2) {
      target = target.queryParam(query[i], query[i + 1]);
    }
    return target.request().get();
  }

  private static ResponseFigures exact(StatisticsScope scope, String from, String to) {
    var range =
        new id.aduanterbuka.statistics.DateRange(
            java.time.LocalDate.parse(from), java.time.LocalDate.parse(to));
    return new SqlResponseFigures(db.dataSource()).figures(scope, range.start(), range.end(), NOW);
  }

  private static long agencyId(String code) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM agency WHERE code = '" + code + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String busiestAgency() throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT a.code FROM complaint_fact f JOIN agency a ON a.id = f.agency_id"
                    + " GROUP BY a.code ORDER BY count(*) DESC LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void figuresEqualTheExactComputationForTheInstanceAndAnAgency() throws SQLException {
    JsonObject all = get("v1/statistics", "from", "2023-01-01", "to", "2024-12-31");
    ResponseFigures expected = exact(StatisticsScope.ALL, "2023-01-01", "2024-12-31");
    JsonObject figures = all.getJsonObject("figures");
    assertEquals(expected.received(), figures.getJsonNumber("received").longValue());
    assertEquals(expected.slaMet(), figures.getJsonObject("sla").getJsonNumber("met").longValue());
    assertEquals(
        expected.firstResponseWorkingDays().median(),
        figures.getJsonObject("firstResponse").getJsonNumber("medianWorkingDays").doubleValue());
    assertEquals(expected.satisfaction().n(), figures.getJsonObject("satisfaction").getInt("n"));

    String agency = busiestAgency();
    JsonObject one =
        get("v1/agencies/" + agency + "/statistics", "from", "2024-01-01", "to", "2024-06-30");
    ResponseFigures ofAgency =
        exact(StatisticsScope.agency(agencyId(agency)), "2024-01-01", "2024-06-30");
    assertEquals(agency, one.getJsonObject("scope").getString("agency"));
    assertEquals(
        ofAgency.received(), one.getJsonObject("figures").getJsonNumber("received").longValue());
    assertEquals(ofAgency.open(), one.getJsonObject("figures").getJsonNumber("open").longValue());
    assertEquals(
        ofAgency.backlog().values().stream().mapToLong(Long::longValue).sum(),
        one.getJsonObject("figures").getJsonObject("backlog").values().stream()
            .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
            .sum());
  }

  @Test
  void smallGroupsAreSuppressed() {
    JsonObject tiny =
        get("v1/statistics", "from", "2024-03-05", "to", "2024-03-05", "channel", "EMAIL");
    JsonObject figures = tiny.getJsonObject("figures");
    long received =
        exact(
                StatisticsScope.channel(id.aduanterbuka.complaint.IntakeChannel.EMAIL),
                "2024-03-05",
                "2024-03-05")
            .received();
    assertTrue(received > 0 && received < 10, "the fixture day has a small group: " + received);
    assertTrue(figures.getBoolean("suppressed"));
    assertTrue(figures.isNull("received"));
  }

  @Test
  void trendsBreakdownsRankingAndCoverage() throws SQLException {
    JsonArray months =
        get("v1/statistics/trend", "from", "2024-01", "to", "2024-12").getJsonArray("months");
    assertEquals(12, months.size());
    long sum =
        months.stream()
            .mapToLong(
                m ->
                    m.asJsonObject().getJsonObject("figures").getJsonNumber("received").longValue())
            .sum();
    assertEquals(exact(StatisticsScope.ALL, "2024-01-01", "2024-12-31").received(), sum);

    JsonArray categories =
        get("v1/statistics/breakdown", "by", "category", "from", "2024-01-01", "to", "2024-12-31")
            .getJsonArray("rows");
    assertTrue(categories.size() >= 20);
    long first = categories.getJsonObject(0).getJsonObject("figures").isNull("received") ? -1 : 0;
    assertTrue(first <= 0);

    JsonArray rows =
        get("v1/statistics/ranking", "from", "2023-01", "to", "2024-12").getJsonArray("rows");
    int ranked = 0;
    double previous = 2;
    for (var v : rows) {
      JsonObject row = v.asJsonObject();
      if (row.isNull("rank")) {
        assertTrue(row.getInt("n") < 10, "unranked below the minimum");
        assertTrue(row.isNull("slaCompliance"));
      } else {
        assertEquals(++ranked, row.getInt("rank"));
        double rate = row.getJsonNumber("slaCompliance").doubleValue();
        assertTrue(rate <= previous, "best first");
        previous = rate;
        assertTrue(row.getJsonNumber("slaLower").doubleValue() <= rate);
      }
    }
    assertTrue(ranked >= 10);

    Coverage coverage = new SqlCoverage(db.dataSource()).coverage();
    JsonObject c = get("v1/statistics/coverage");
    assertEquals(coverage.agencies(), c.getInt("agencies"));
    assertEquals(coverage.regenciesWithMpp(), c.getInt("regenciesWithMpp"));
  }

  @Test
  void trendsEndWithTheLatestComplaintByDefault() throws SQLException {
    String latest;
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT to_char(max(received_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')"
                    + " FROM complaint")) {
      rs.next();
      latest = rs.getString(1);
    }
    JsonObject trend = get("v1/statistics/trend");
    assertEquals(latest, trend.getString("to"));
    assertEquals(12, trend.getJsonArray("months").size());
    JsonObject ranking = get("v1/statistics/ranking");
    assertEquals(latest, ranking.getString("to"));
    assertTrue(
        ranking.getJsonArray("rows").stream().anyMatch(r -> !r.asJsonObject().isNull("rank")),
        "the default period ranks agencies");
  }

  @Test
  void badParametersAre400AndUnknownAgenciesInThePath404() {
    String[][] bad = {
      {"v1/statistics", "from", "2024-02-30", "from"},
      {"v1/statistics", "to", "1999-12-31", "to"},
      {"v1/statistics", "agency", "NOPE-1", "agency"},
      {"v1/statistics", "channel", "pigeon", "channel"},
      {"v1/statistics/breakdown", "by", "planet", "by"},
      {"v1/statistics/ranking", "minimumN", "5", "minimumN"},
      {"v1/statistics/trend", "from", "2024-13", "from"},
    };
    for (String[] b : bad) {
      Response r = raw(b[0], b[1], b[2]);
      assertEquals(400, r.getStatus(), String.join(" ", b));
      JsonObject problem =
          Json.createReader(new StringReader(r.readEntity(String.class))).readObject();
      assertEquals(b[3], problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    Response missing = raw("v1/agencies/NOPE-1/statistics");
    assertEquals(404, missing.getStatus());
    assertFalse(raw("v1/statistics/breakdown").getStatus() == 200, "by is required");
  }
}
