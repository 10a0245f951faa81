package id.aduanterbuka.api.open311;

import static id.aduanterbuka.api.open311.Open311Testing.PUBLISHED;
import static id.aduanterbuka.api.open311.Open311Testing.children;
import static id.aduanterbuka.api.open311.Open311Testing.count;
import static id.aduanterbuka.api.open311.Open311Testing.jsonArray;
import static id.aduanterbuka.api.open311.Open311Testing.present;
import static id.aduanterbuka.api.open311.Open311Testing.strings;
import static id.aduanterbuka.api.open311.Open311Testing.xml;
import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.ComplaintDetail;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Open311 service requests on Jersey over the SQL read model and 1,500 generated complaints: every
 * filter against SQL, paging, JSON against XML, the spec's field list, and privacy.
 */
class GeoReportRequestsTest extends JerseyTest {
  /** Every field of a request in GET requests, as the spec lists them. */
  private static final Set<String> REQUEST_FIELDS =
      Set.of(
          "service_request_id",
          "status",
          "status_notes",
          "service_name",
          "service_code",
          "description",
          "agency_responsible",
          "service_notice",
          "requested_datetime",
          "updated_datetime",
          "expected_datetime",
          "address",
          "address_id",
          "zipcode",
          "lat",
          "long",
          "media_url");

  /** The fields every request has, with a value. */
  private static final List<String> REQUIRED =
      List.of(
          "service_request_id",
          "status",
          "service_name",
          "service_code",
          "description",
          "requested_datetime",
          "updated_datetime");

  private static PostgresTestDatabase db;
  private static EntityManagerFactory emf;
  private EntityManager em;

  @BeforeAll
  static void loadComplaints() throws SQLException {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 1_500, ProgressListener.NONE);
      // Texts the gate holds back, in statuses that would otherwise be public.
      try (Statement s = c.createStatement()) {
        for (String[] held :
            new String[][] {{"WITHHELD", "RESOLVED"}, {"PENDING_REVIEW", "ROUTED"}}) {
          s.executeUpdate(
              "UPDATE complaint SET publication = '"
                  + held[0]
                  + "' WHERE id = (SELECT max(id) FROM complaint WHERE status = '"
                  + held[1]
                  + "' AND publication = 'PUBLISHED')");
        }
      }
    }
    new StatisticsFacts(db.dataSource()).refresh();
    emf = db.entityManagerFactory();
  }

  @AfterAll
  static void closeDatabase() {
    emf.close();
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    em = emf.createEntityManager();
    return Open311Testing.application(db, em);
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  private WebTarget requests() {
    return target("open311/v2/requests.json");
  }

  private List<JsonObject> page(WebTarget target) {
    return jsonArray(target.request().get()).getValuesAs(JsonObject.class);
  }

  /** Every request of a listing, page by page, until a page is short. */
  private List<JsonObject> all(WebTarget listing) {
    List<JsonObject> items = new ArrayList<>();
    for (int number = 1; ; number++) {
      List<JsonObject> page = page(listing.queryParam("page", number).queryParam("page_size", 100));
      items.addAll(page);
      if (page.size() < 100) {
        return items;
      }
    }
  }

  private static Set<String> ids(List<JsonObject> requests) {
    return requests.stream()
        .map(r -> r.getString("service_request_id"))
        .collect(Collectors.toSet());
  }

  /** A string field's value, null for JSON null. */
  private static String text(JsonObject object, String key) {
    return object.isNull(key) ? null : object.getString(key);
  }

  private static Instant requested(JsonObject request) {
    return OffsetDateTime.parse(request.getString("requested_datetime")).toInstant();
  }

  private static String statusList(Predicate<ComplaintStatus> which) {
    return Arrays.stream(ComplaintStatus.values())
        .filter(ComplaintStatus::isPublic)
        .filter(which)
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }

  @Test
  void pagingVisitsEveryPublishedComplaintOnceNewestFirst() throws SQLException {
    List<JsonObject> all = all(requests());
    long published = count(db, "SELECT count(*)" + PUBLISHED);
    assertTrue(published > 500, "enough published complaints to page: " + published);
    assertEquals(published, all.size());
    assertEquals(all.size(), ids(all).size(), "no request twice");
    for (int i = 1; i < all.size(); i++) {
      assertFalse(requested(all.get(i - 1)).isBefore(requested(all.get(i))), "newest first");
    }
    assertEquals(50, page(requests()).size(), "50 a page by default");
    assertEquals(
        all.subList(14, 21), page(requests().queryParam("page", 3).queryParam("page_size", 7)));
    assertTrue(page(requests().queryParam("page", 1_000)).isEmpty(), "past the end: empty");
  }

  @Test
  void serviceCodesFilterAsAList() throws SQLException {
    List<String> codes =
        strings(
            db,
            "SELECT k.code"
                + PUBLISHED.replace(
                    "FROM complaint c", "FROM complaint c JOIN category k ON k.id = c.category_id")
                + " GROUP BY k.code ORDER BY count(*) DESC LIMIT 2");
    List<JsonObject> found = all(requests().queryParam("service_code", String.join(",", codes)));
    assertEquals(
        count(
            db,
            "SELECT count(*)"
                + PUBLISHED
                + " AND c.category_id IN (SELECT id FROM category WHERE code IN ('"
                + String.join("', '", codes)
                + "'))"),
        found.size());
    assertEquals(
        Set.copyOf(codes),
        found.stream().map(r -> r.getString("service_code")).collect(Collectors.toSet()));
    assertEquals(
        ids(found),
        ids(all(requests().queryParam("service_code", codes.get(0), codes.get(1)))),
        "repeated like a comma list");
  }

  @Test
  void openAndClosedAreOurOpenAndResolvedStatuses() throws SQLException {
    Map<String, ComplaintStatus> statusOf = new HashMap<>();
    for (String row : strings(db, "SELECT c.reference || ' ' || c.status" + PUBLISHED)) {
      String[] parts = row.split(" ");
      statusOf.put(parts[0], ComplaintStatus.valueOf(parts[1]));
    }
    List<JsonObject> open = all(requests().queryParam("status", "open"));
    List<JsonObject> closed = all(requests().queryParam("status", "CLOSED"));
    assertEquals(
        count(
            db,
            "SELECT count(*)"
                + PUBLISHED
                + " AND c.status IN "
                + statusList(ComplaintStatus::isOpen)),
        open.size());
    assertEquals(
        count(
            db,
            "SELECT count(*)"
                + PUBLISHED
                + " AND c.status IN "
                + statusList(ComplaintStatus::countsAsResolved)),
        closed.size());
    assertFalse(open.isEmpty());
    assertFalse(closed.isEmpty());
    for (JsonObject r : open) {
      assertEquals("open", r.getString("status"));
      assertTrue(statusOf.get(r.getString("service_request_id")).isOpen(), r.toString());
    }
    for (JsonObject r : closed) {
      assertEquals("closed", r.getString("status"));
      assertTrue(statusOf.get(r.getString("service_request_id")).countsAsResolved());
    }
    assertEquals(statusOf.size(), open.size() + closed.size());
    assertEquals(statusOf.keySet(), ids(all(requests().queryParam("status", "open,closed"))));
  }

  @Test
  void startAndEndDatesBoundTheRequestedTimeInclusively() throws SQLException {
    String start = "2024-03-01T00:00:00+07:00";
    String end = "2024-03-31T23:59:59+07:00";
    List<JsonObject> march =
        all(requests().queryParam("start_date", start).queryParam("end_date", end));
    assertEquals(
        count(
            db,
            "SELECT count(*)"
                + PUBLISHED
                + " AND c.received_at >= '"
                + start
                + "' AND c.received_at <= '"
                + end
                + "'"),
        march.size());
    assertFalse(march.isEmpty());
    for (JsonObject r : march) {
      Instant t = requested(r);
      assertFalse(t.isBefore(OffsetDateTime.parse(start).toInstant()), r.toString());
      assertFalse(t.isAfter(OffsetDateTime.parse(end).toInstant()), r.toString());
      assertTrue(r.getString("requested_datetime").endsWith("+07:00"), "in WIB");
    }
    assertEquals(
        ids(march),
        ids(
            all(
                requests()
                    .queryParam("start_date", "2024-02-29T17:00:00Z")
                    .queryParam("end_date", "2024-03-31T16:59:59Z"))),
        "the same instants in UTC");
    assertEquals(
        ids(march),
        ids(
            all(
                requests()
                    .queryParam("start_date", "2024-03-01T00:00:00 07:00")
                    .queryParam("end_date", "2024-03-31T23:59:59 07:00"))),
        "a + the client did not encode arrives as a space");

    JsonObject first = march.get(march.size() - 1);
    List<JsonObject> exactly =
        all(
            requests()
                .queryParam("start_date", first.getString("requested_datetime"))
                .queryParam("end_date", first.getString("requested_datetime")));
    assertTrue(ids(exactly).contains(first.getString("service_request_id")), "both ends included");

    long since = count(db, "SELECT count(*)" + PUBLISHED + " AND c.received_at >= '" + start + "'");
    assertEquals(since, all(requests().queryParam("start_date", start)).size());
  }

  @Test
  void serviceRequestIdsOverrideEveryOtherFilter() throws SQLException {
    List<String> wanted = strings(db, "SELECT c.reference" + PUBLISHED + " ORDER BY c.id LIMIT 3");
    String rejected =
        strings(db, "SELECT reference FROM complaint WHERE status = 'REJECTED' LIMIT 1").get(0);
    List<JsonObject> found =
        page(
            requests()
                .queryParam("service_request_id", String.join(",", wanted) + "," + rejected)
                .queryParam("status", "open")
                .queryParam("service_code", "banjir")
                .queryParam("start_date", "2099-01-01T00:00:00Z")
                .queryParam("page_size", 1)
                .queryParam("page", 2));
    assertEquals(Set.copyOf(wanted), ids(found), "the published ones, the rejected left out");
    for (int i = 1; i < found.size(); i++) {
      assertFalse(requested(found.get(i - 1)).isBefore(requested(found.get(i))), "newest first");
    }
  }

  @Test
  void oneRequestIsAListOfOneAndOnlyPublishedOnesExist() throws SQLException {
    String reference = strings(db, "SELECT c.reference" + PUBLISHED + " LIMIT 1").get(0);
    List<JsonObject> one = page(target("open311/v2/requests/" + reference + ".json"));
    assertEquals(1, one.size());
    assertEquals(reference, one.get(0).getString("service_request_id"));
    Element root =
        xml(target("open311/v2/requests/" + reference + ".xml").request().get())
            .getDocumentElement();
    assertEquals("service_requests", root.getTagName());
    assertEquals(1, children(root).size());
    assertEquals(Open311Testing.fields(one.get(0)), Open311Testing.fields(children(root).get(0)));

    List<String> hidden = new ArrayList<>();
    hidden.addAll(strings(db, "SELECT reference FROM complaint WHERE status = 'REJECTED' LIMIT 3"));
    hidden.addAll(strings(db, "SELECT reference FROM complaint WHERE status = 'RECEIVED' LIMIT 3"));
    List<String> unpublished =
        strings(
            db,
            "SELECT reference FROM complaint WHERE publication <> 'PUBLISHED'"
                + " AND status NOT IN ('RECEIVED', 'REJECTED') LIMIT 3");
    assertEquals(2, unpublished.size(), "texts held back by the gate");
    hidden.addAll(unpublished);
    hidden.add("ADU-2024-9999999");
    for (String h : hidden) {
      assertProblem(target("open311/v2/requests/" + h + ".json").request().get(), 404, null);
      assertProblem(target("open311/v2/requests/" + h + ".xml").request().get(), 404, null);
    }
    assertTrue(
        page(requests().queryParam("service_request_id", String.join(",", hidden))).isEmpty());
  }

  @Test
  void eachRequestCarriesItsPublishedComplaint() {
    PublicComplaints complaints =
        new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    int withNotes = 0;
    int withAgencies = 0;
    for (JsonObject r : page(requests().queryParam("page_size", 100))) {
      ComplaintDetail detail = complaints.get(r.getString("service_request_id"));
      assertEquals(detail.text(), r.getString("description"));
      assertEquals(detail.summary().categoryCode(), r.getString("service_code"));
      assertEquals(detail.summary().categoryNameId(), r.getString("service_name"));
      assertEquals(detail.summary().regionCode(), text(r, "address_id"));
      assertEquals(detail.summary().regionName(), text(r, "address"));
      assertEquals(
          detail.timeline().get(detail.timeline().size() - 1).at(),
          OffsetDateTime.parse(r.getString("updated_datetime")).toInstant());
      String latestNote =
          detail.timeline().stream()
              .map(ComplaintDetail.TimelineEntry::note)
              .filter(n -> n != null && !n.isEmpty())
              .reduce((a, b) -> b)
              .orElse(null);
      assertEquals(latestNote, text(r, "status_notes"));
      withNotes += latestNote == null ? 0 : 1;
      String agencies =
          detail.summary().agencies().stream().map(a -> a.name()).collect(Collectors.joining("; "));
      assertEquals(agencies.isEmpty() ? null : agencies, text(r, "agency_responsible"));
      withAgencies += agencies.isEmpty() ? 0 : 1;
      assertTrue(r.isNull("service_notice"));
      assertTrue(r.isNull("expected_datetime"));
      assertTrue(r.isNull("zipcode"));
      JsonObject extended = r.getJsonObject("extended_attributes");
      assertEquals(detail.summary().channel(), extended.getString("channel"));
      assertEquals(detail.summary().categoryNameEn(), extended.getString("category_en"));
    }
    assertTrue(withNotes > 0, "some requests have status notes");
    assertTrue(withAgencies > 0, "some requests are with agencies");
  }

  @Test
  void jsonAndXmlCarryTheSameRequests() {
    WebTarget json = requests().queryParam("page_size", 100).queryParam("page", 2);
    WebTarget xml =
        target("open311/v2/requests.xml").queryParam("page_size", 100).queryParam("page", 2);
    List<JsonObject> fromJson = page(json);
    Element root = xml(xml.request().get()).getDocumentElement();
    assertEquals("service_requests", root.getTagName());
    List<Element> requests = children(root);
    requests.forEach(r -> assertEquals("request", r.getTagName()));
    assertEquals(100, requests.size());
    assertEquals(
        fromJson.stream().map(Open311Testing::fields).toList(),
        requests.stream().map(Open311Testing::fields).toList());
    List<String> names = children(requests.get(0)).stream().map(Element::getTagName).toList();
    assertEquals(List.copyOf(fromJson.get(0).keySet()), names, "same order as JSON");
    assertEquals(
        List.of("channel", "category_en"),
        children(children(requests.get(0)).get(names.size() - 1)).stream()
            .map(Element::getTagName)
            .toList());
  }

  @Test
  void everyRequestHasOnlyTheSpecsFieldsAndItsRequiredOnes() {
    for (JsonObject r : all(requests())) {
      Set<String> extra = new HashSet<>(r.keySet());
      extra.removeAll(REQUEST_FIELDS);
      assertEquals(Set.of("extended_attributes"), extra, r.toString());
      REQUIRED.forEach(key -> assertTrue(present(r, key), key + " in " + r));
      assertTrue(Set.of("open", "closed").contains(r.getString("status")));
      OffsetDateTime.parse(r.getString("requested_datetime"));
      assertFalse(
          requested(r).isAfter(OffsetDateTime.parse(r.getString("updated_datetime")).toInstant()),
          "updated after requested");
      assertFalse(r.containsKey("lat") || r.containsKey("long"));
      // No photo is approved in this data (Open311MediaUrlTest covers approved ones).
      assertTrue(r.isNull("media_url"), r.toString());
      assertEquals(
          Set.of("channel", "category_en"), r.getJsonObject("extended_attributes").keySet());
    }
  }

  @Test
  void noReporterNameOrContactEverAppears() throws SQLException {
    List<String> secrets =
        strings(
                db,
                "SELECT o.reporter_name FROM complaint_original o"
                    + " UNION SELECT o.reporter_contact FROM complaint_original o")
            .stream()
            .filter(s -> s != null && s.length() > 5)
            .toList();
    assertTrue(secrets.size() > 1_000, "the demo data gives reporters names and contacts");
    StringBuilder served = new StringBuilder();
    List<JsonObject> all = all(requests());
    all.forEach(served::append);
    for (int number = 1; number <= all.size() / 100 + 1; number++) {
      served.append(
          target("open311/v2/requests.xml")
              .queryParam("page", number)
              .queryParam("page_size", 100)
              .request()
              .get()
              .readEntity(String.class));
    }
    for (JsonObject r : all.subList(0, 50)) {
      String id = r.getString("service_request_id");
      served.append(
          target("open311/v2/requests/" + id + ".json").request().get().readEntity(String.class));
      served.append(
          target("open311/v2/requests/" + id + ".xml").request().get().readEntity(String.class));
    }
    served.append(target("open311/v2/services.json").request().get().readEntity(String.class));
    served.append(target("open311/v2/services.xml").request().get().readEntity(String.class));
    String everything = served.toString();
    for (String secret : secrets) {
      assertFalse(everything.contains(secret), "served: " + secret);
    }
  }

  @Test
  void badValuesAreProblemsNamingTheParameter() {
    String[][] cases = {
      {"page", "0"},
      {"page", "-1"},
      {"page", "two"},
      {"page_size", "0"},
      {"page_size", "1000"},
      {"page_size", "many"},
      {"status", "maybe"},
      {"status", "open,pending"},
      {"start_date", "yesterday"},
      {"start_date", "2024-01-31"},
      {"end_date", "2024-01-31T10:00:00"},
      {"end_date", "31/01/2024"},
      {"service_code", "tidak-ada"},
      {"service_request_id", "not-a-reference"},
      {"categroy", "banjir"},
      {"limit", "10"}
    };
    for (String[] bad : cases) {
      assertProblem(requests().queryParam(bad[0], bad[1]).request().get(), 400, bad[0]);
    }
    assertProblem(
        requests()
            .queryParam("start_date", "2024-02-01T00:00:00Z")
            .queryParam("end_date", "2024-01-01T00:00:00Z")
            .request()
            .get(),
        400,
        "end_date");
    List<String> references = new ArrayList<>();
    for (int i = 1; i <= 101; i++) {
      references.add(String.format("ADU-2024-%07d", i));
    }
    assertProblem(
        requests().queryParam("service_request_id", String.join(",", references)).request().get(),
        400,
        "service_request_id");
    assertProblem(target("open311/v2/requests.csv").request().get(), 400, "format");
    assertProblem(
        target("open311/v2/requests/ADU-2024-0000001.csv").request().get(), 400, "format");
  }

  @Test
  void jurisdictionIdIsAcceptedAndIgnored() {
    assertEquals(
        page(requests().queryParam("page_size", 20)),
        page(
            requests()
                .queryParam("page_size", 20)
                .queryParam("jurisdiction_id", "jatengprov.go.id")));
  }
}
