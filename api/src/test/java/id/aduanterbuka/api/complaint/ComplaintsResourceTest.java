package id.aduanterbuka.api.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

/** The complaints resource on Jersey over the SQL read model and 2,000 generated complaints. */
class ComplaintsResourceTest extends JerseyTest {
  private static PostgresTestDatabase db;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    if (db == null) {
      db = PostgresTestDatabase.create();
      try (Connection c = db.connection()) {
        new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 2_000, ProgressListener.NONE);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      new StatisticsFacts(db.dataSource()).refresh();
    }
    PublicComplaints service = new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    return new ResourceConfig(ComplaintsResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(service).to(PublicComplaints.class);
              }
            });
  }

  private static JsonObject json(Response response) {
    return Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
  }

  private JsonObject ok(WebTarget target) {
    Response response = target.request().get();
    assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
    return json(response);
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static final String PUBLISHED =
      " FROM complaint c WHERE c.publication = 'PUBLISHED'"
          + " AND c.status NOT IN ('RECEIVED', 'REJECTED')";

  /** Follows `next` from {@code start} and returns every item. */
  private List<JsonObject> all(WebTarget start) {
    List<JsonObject> items = new ArrayList<>();
    WebTarget target = start.queryParam("limit", 100);
    while (true) {
      JsonObject page = ok(target);
      page.getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
      if (page.isNull("nextCursor")) {
        return items;
      }
      target = start.queryParam("limit", 100).queryParam("cursor", page.getString("nextCursor"));
    }
  }

  @Test
  void cursorPagingVisitsEveryPublishedComplaintOnceNewestFirst() throws SQLException {
    List<JsonObject> items = all(target("v1/complaints"));
    Set<String> references = new HashSet<>();
    items.forEach(i -> references.add(i.getString("reference")));
    assertEquals(count("SELECT count(*)" + PUBLISHED), items.size());
    assertEquals(items.size(), references.size(), "no complaint twice");
    for (int i = 1; i < items.size(); i++) {
      assertTrue(
          items.get(i - 1).getString("receivedAt").compareTo(items.get(i).getString("receivedAt"))
              >= 0,
          "newest first");
    }
    JsonObject first = ok(target("v1/complaints").queryParam("limit", 3));
    assertEquals(3, first.getJsonArray("items").size());
    assertTrue(first.getString("next").contains("cursor="));
    assertTrue(first.getString("next").contains("limit=3"), "the next link keeps the filters");
  }

  @Test
  void filtersCombineAndEachHolds() throws SQLException {
    List<JsonObject> resolved =
        all(
            target("v1/complaints")
                .queryParam("status", "closed")
                .queryParam("channel", "WHATSAPP"));
    assertEquals(
        count(
            "SELECT count(*)" + PUBLISHED + " AND c.status = 'CLOSED' AND c.channel = 'WHATSAPP'"),
        resolved.size());
    assertFalse(resolved.isEmpty());
    resolved.forEach(i -> assertTrue(i.containsKey("resolvedAt")));

    List<JsonObject> semarang = all(target("v1/complaints").queryParam("region", "33.74"));
    assertEquals(
        count(
            "SELECT count(*)"
                + PUBLISHED
                + " AND (c.region_code = '33.74' OR c.region_code LIKE '33.74.%')"),
        semarang.size());
    semarang.forEach(i -> assertTrue(i.getString("region").startsWith("33.74")));

    String agency =
        semarang.stream()
            .filter(i -> !i.getJsonArray("agencies").isEmpty())
            .findFirst()
            .orElseThrow()
            .getJsonArray("agencies")
            .getJsonObject(0)
            .getString("code");
    List<JsonObject> ofAgency = all(target("v1/complaints").queryParam("agency", agency));
    assertFalse(ofAgency.isEmpty());
    ofAgency.forEach(
        i ->
            assertTrue(
                i.getJsonArray("agencies").stream()
                    .anyMatch(a -> a.asJsonObject().getString("code").equals(agency))));

    List<JsonObject> unanswered = all(target("v1/complaints").queryParam("hasResponse", "false"));
    assertFalse(unanswered.isEmpty());
    unanswered.forEach(i -> assertFalse(i.containsKey("firstResponseAt"), "absent when unknown"));
    List<JsonObject> overdue = all(target("v1/complaints").queryParam("overdue", "true"));
    assertFalse(overdue.isEmpty());
    assertTrue(overdue.size() <= unanswered.size(), "overdue complaints are unanswered ones");
    overdue.forEach(i -> assertFalse(i.containsKey("firstResponseAt"), "absent when unknown"));

    List<JsonObject> in2024 =
        all(
            target("v1/complaints")
                .queryParam("receivedFrom", "2024-03-01")
                .queryParam("receivedTo", "2024-03-31")
                .queryParam("sort", "oldest"));
    assertEquals(
        count(
            "SELECT count(*)"
                + PUBLISHED
                + " AND (c.received_at AT TIME ZONE 'Asia/Jakarta')::date"
                + " BETWEEN '2024-03-01' AND '2024-03-31'"),
        in2024.size());
    assertTrue(
        in2024
                .get(0)
                .getString("receivedAt")
                .compareTo(in2024.get(in2024.size() - 1).getString("receivedAt"))
            <= 0);
  }

  @Test
  void theResolvedRangeFiltersOnTheLatestResolution() throws SQLException {
    List<JsonObject> resolved =
        all(
            target("v1/complaints")
                .queryParam("resolvedFrom", "2024-02-01")
                .queryParam("resolvedTo", "2024-04-30"));
    assertFalse(resolved.isEmpty());
    for (JsonObject item : resolved) {
      String at = item.getString("resolvedAt");
      assertTrue(
          at.compareTo("2024-01-31T17:00:00Z") >= 0 && at.compareTo("2024-04-30T17:00:00Z") < 0,
          at);
    }
    assertEquals(
        count(
            "SELECT count(*)"
                + PUBLISHED
                + " AND c.status IN ('RESOLVED', 'CLOSED') AND (SELECT max(e.occurred_at)"
                + " FROM complaint_event e WHERE e.complaint_id = c.id AND e.event_type = 'RESOLVED')"
                + " BETWEEN '2024-02-01T00:00:00+07' AND '2024-04-30T23:59:59.999999+07'"),
        resolved.size());
  }

  @Test
  void fullTextSearchFindsStemmedWordsInThePublishedText() {
    List<JsonObject> found = all(target("v1/complaints").queryParam("q", "jalan"));
    assertFalse(found.isEmpty());
    for (JsonObject item : found.subList(0, Math.min(20, found.size()))) {
      String text =
          ok(target("v1/complaints/" + item.getString("reference")))
              .getString("text")
              .toLowerCase(Locale.ROOT);
      assertTrue(text.contains("jalan"), text);
    }
  }

  @Test
  void detailHasTheTimelineAndOnlyPublishedComplaintsExist() throws SQLException {
    String reference =
        ok(target("v1/complaints").queryParam("status", "RESOLVED").queryParam("limit", 1))
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("reference");
    JsonObject detail = ok(target("v1/complaints/" + reference));
    assertEquals(reference, detail.getJsonObject("complaint").getString("reference"));
    assertEquals("RECEIVED", detail.getJsonArray("timeline").getJsonObject(0).getString("type"));
    assertTrue(
        detail.getJsonArray("timeline").stream()
            .anyMatch(s -> s.asJsonObject().getString("type").equals("RESOLVED")));

    for (String hidden :
        references(
            "SELECT reference FROM complaint WHERE status IN ('REJECTED', 'RECEIVED')"
                + " OR publication <> 'PUBLISHED' LIMIT 20")) {
      Response response = target("v1/complaints/" + hidden).request().get();
      assertEquals(404, response.getStatus(), hidden);
      assertEquals("application/problem+json", response.getMediaType().toString());
    }
    assertEquals(404, target("v1/complaints/NOPE-2024-000001").request().get().getStatus());
  }

  @Test
  void badParametersAreProblemsNamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"status", "REJECTED"},
          {"status", "lost"},
          {"limit", "0"},
          {"limit", "101"},
          {"limit", "ten"},
          {"cursor", "not-a-cursor"},
          {"receivedFrom", "2024-13-01"},
          {"region", "abc"},
          {"hasResponse", "maybe"},
          {"sort", "random"}
        }) {
      Response response = target("v1/complaints").queryParam(bad[0], bad[1]).request().get();
      assertEquals(400, response.getStatus(), String.join("=", bad));
      JsonObject problem = json(response);
      String field = problem.getJsonArray("errors").getJsonObject(0).getString("field");
      assertTrue(
          field.equals(bad[0]) || (bad[0].equals("region") && field.equals("region")),
          String.join("=", bad) + " named " + field);
    }
  }

  @Test
  void noReporterIdentityOrOriginalTextEverAppears() throws SQLException {
    List<String> secrets = new ArrayList<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT o.reporter_name, o.reporter_contact FROM complaint_original o"
                    + " JOIN complaint c ON c.id = o.complaint_id"
                    + " WHERE c.publication = 'PUBLISHED' ORDER BY c.received_at DESC LIMIT 300")) {
      while (rs.next()) {
        for (int i = 1; i <= 2; i++) {
          String v = rs.getString(i);
          if (v != null && v.length() > 5) {
            secrets.add(v);
          }
        }
      }
    }
    StringBuilder everything = new StringBuilder();
    for (JsonObject item : all(target("v1/complaints")).subList(0, 300)) {
      everything.append(item);
      everything.append(ok(target("v1/complaints/" + item.getString("reference"))));
    }
    String served = everything.toString();
    assertTrue(secrets.size() > 300);
    for (String secret : secrets) {
      assertFalse(served.contains(secret), "served: " + secret);
    }
    assertFalse(served.contains(JsonValue.NULL.toString() + "reporter"));
  }

  private static List<String> references(String sql) throws SQLException {
    List<String> refs = new ArrayList<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        refs.add(rs.getString(1));
      }
    }
    return refs;
  }
}
