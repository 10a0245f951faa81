package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WAR deployed on Payara Micro with PostgreSQL, seen from outside over HTTP. */
class DeployedApplicationIT {
  private static DeployedApplication app;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void start() {
    app = DeployedApplication.get();
  }

  private static HttpResponse<String> get(String path, String accept)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(app.uri(path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    assertTrue(m.find(), field + " missing in " + json);
    return Long.parseLong(m.group(1));
  }

  @Test
  void agenciesAreServedAsPagedJsonFromTheDatabase() throws Exception {
    HttpResponse<String> response = get("/api/v1/agencies?size=5", "application/json");

    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    long agencies = app.count("SELECT count(*) FROM agency");
    assertTrue(agencies >= 35, "demo data was loaded on first start");
    assertEquals(agencies, number(response.body(), "totalItems"));
    assertEquals(5, number(response.body(), "size"));
    String firstCode = app.queryText("SELECT code FROM agency ORDER BY code LIMIT 1");
    assertTrue(response.body().contains("\"code\":\"" + firstCode + "\""), response.body());
    // The pre-boot commands took effect: no version banner for every client.
    assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
  }

  /**
   * The API's own metrics (api.http.AnswerMetrics) in Payara's MicroProfile Metrics output: answers
   * by status, timed by kind; an answer moves its status's counter, and no path or client is a tag.
   */
  @Test
  void apiAnswersAreCountedByStatusAndTimedInTheApplicationMetrics() throws Exception {
    // Payara answers 404 for a scope with no metric yet: one answer registers ours.
    assertEquals(200, get("/api/v1/categories", "application/json").statusCode());
    String counter = "aduan_api_answers_total{mp_scope=\"application\",status=\"404\"}";
    double before = metric(counter);

    for (int i = 0; i < 3; i++) {
      assertEquals(
          404, get("/api/v1/agencies/NO-SUCH-AGENCY-" + i, "application/json").statusCode());
    }

    assertEquals(before + 3, metric(counter), 0.0);
    String all = get("/metrics?scope=application", "text/plain").body();
    assertTrue(
        all.contains("aduan_api_answer_millis_count{kind=\"read\",mp_scope=\"application\"}"), all);
    assertFalse(all.contains("NO-SUCH-AGENCY"), "no path in a metric");
  }

  /** A metric's value from /metrics?scope=application; 0 when it does not exist yet. */
  private static double metric(String series) throws Exception {
    HttpResponse<String> metrics = get("/metrics?scope=application", "text/plain");
    assertEquals(200, metrics.statusCode(), metrics.body());
    return metrics
        .body()
        .lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
        .findFirst()
        .orElse(0);
  }

  @Test
  void badPagingIsAProblemDocument() throws Exception {
    HttpResponse<String> response = get("/api/v1/agencies?size=1000", "application/json");

    assertEquals(400, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertTrue(response.body().contains("\"field\":\"size\""), response.body());
  }

  @Test
  void complaintsAndStatisticsAreServedWithValidatorsLimitsAndCompression() throws Exception {
    HttpResponse<String> list =
        get("/api/v1/complaints?limit=2&status=RESOLVED", "application/json");
    assertEquals(200, list.statusCode(), list.body());
    Matcher ref = Pattern.compile("\"reference\":\"([A-Z0-9-]+)\"").matcher(list.body());
    assertTrue(ref.find(), list.body());
    HttpResponse<String> detail = get("/api/v1/complaints/" + ref.group(1), "application/json");
    assertEquals(200, detail.statusCode());
    assertTrue(detail.body().contains("\"timeline\""));

    String etag = list.headers().firstValue("ETag").orElseThrow();
    assertTrue(list.headers().firstValue("RateLimit-Limit").isPresent(), "rate limit headers");
    assertEquals("*", list.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    HttpResponse<String> notModified =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/api/v1/complaints?limit=2&status=RESOLVED"))
                .header("Accept", "application/json")
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(304, notModified.statusCode());

    HttpResponse<byte[]> gzipped =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/api/v1/statistics?from=2024-01-01&to=2024-12-31"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, gzipped.statusCode());
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
    String statistics =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    long received2024 =
        Long.parseLong(
            app.queryText(
                "SELECT count(*) FROM complaint_fact WHERE primary_row AND counted"
                    + " AND received_at >= '2024-01-01T00:00:00+07' AND received_at < '2025-01-01T00:00:00+07'"));
    assertEquals(received2024, number(statistics, "received"), statistics);

    HttpResponse<String> unknown = get("/api/v1/complaints?categroy=x", "application/json");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("\"field\":\"categroy\""), unknown.body());
  }

  @Test
  void everyPublicEndpointAnswersAndNoneCarriesReporterIdentity() throws Exception {
    String agency = app.queryText("SELECT code FROM agency ORDER BY code LIMIT 1");
    String category = app.queryText("SELECT code FROM category ORDER BY code LIMIT 1");
    String mpp = app.queryText("SELECT code FROM mpp ORDER BY code LIMIT 1");
    String service = app.queryText("SELECT code FROM mpp_service ORDER BY code LIMIT 1");
    String[] paths = {
      "/api/v1/complaints?limit=100",
      "/api/v1/complaints?q=jalan&limit=100",
      "/api/v1/agencies/" + agency,
      "/api/v1/agencies/" + agency + "/statistics",
      "/api/v1/agencies/" + agency + "/statistics/trend?from=2024-01&to=2024-12",
      "/api/v1/statistics/breakdown?by=REGENCY",
      "/api/v1/statistics/ranking?from=2023-01&to=2024-12",
      "/api/v1/statistics/coverage",
      "/api/v1/regions?level=REGENCY",
      "/api/v1/categories/" + category,
      "/api/v1/mpps/" + mpp,
      "/api/v1/mpp-services/" + service,
      "/api/v1/exports/dictionary",
      "/api/v1/exports/complaints.csv",
      "/api/v1/exports/complaints.jsonl",
      "/api/v1/feeds/agencies/" + agency + "/new.atom",
      "/api/v1/feeds/categories/" + category + "/resolved.atom",
      "/open311/v2/services.xml",
      "/open311/v2/requests.json?page_size=100",
      "/open311/v2/requests.xml?status=closed&page_size=100"
    };
    StringBuilder everything = new StringBuilder();
    for (String path : paths) {
      HttpResponse<String> response = get(path, "*/*");
      assertEquals(200, response.statusCode(), path + ": " + response.body());
      everything.append(response.body());
    }
    String served = everything.toString();
    java.util.List<String> secrets;
    try (var c = app.dataSource().getConnection();
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT s FROM (SELECT o.reporter_contact AS s, o.complaint_id FROM complaint_original o"
                    + " UNION ALL SELECT o.reporter_name, o.complaint_id FROM complaint_original o"
                    + " WHERE length(o.reporter_name) > 8) x"
                    + " JOIN complaint c ON c.id = x.complaint_id"
                    + " WHERE s IS NOT NULL AND c.publication = 'PUBLISHED' ORDER BY c.id LIMIT 400")) {
      secrets = new java.util.ArrayList<>();
      while (rs.next()) {
        secrets.add(rs.getString(1));
      }
    }
    assertEquals(400, secrets.size(), "reporters of published complaints");
    for (String secret : secrets) {
      assertFalse(served.contains(secret), "served: " + secret);
    }
  }

  @Test
  void theApiReferenceIsServedFromTheWar() throws Exception {
    HttpResponse<String> page = get("/api-docs/", "text/html");
    assertEquals(200, page.statusCode());
    Matcher asset = Pattern.compile("(?:src|href)=\"\\.\\./([^\"]+)\"").matcher(page.body());
    int assets = 0;
    while (asset.find()) {
      assertEquals(200, get("/" + asset.group(1), "*/*").statusCode(), asset.group(1));
      assets++;
    }
    assertEquals(3, assets, "stylesheet and two scripts from the webjar");
    assertEquals(200, get("/api-docs/init.js", "*/*").statusCode());
    String openapi = get("/openapi", "application/json").body();
    for (String path :
        new String[] {
          "/api/v1/complaints", "/api/v1/statistics/ranking", "/api/v1/exports/complaints.csv",
          "/api/v1/mpp-services", "/api/v1/regions", "/api/v1/feeds/agencies/{code}/new.atom"
        }) {
      assertTrue(openapi.contains("\"" + path + "\""), path + " in the OpenAPI document");
    }
  }

  @Test
  void anApiKeyGetsItsOwnLimitAndAWrongOneIsRefused() throws Exception {
    var keys =
        new id.aduanterbuka.access.ApiKeys(
            new id.aduanterbuka.persistence.access.JdbcApiKeyStore(app.dataSource()));
    String token = keys.issue(id.aduanterbuka.access.KeyKind.READER, null, "deployed test").token();
    HttpRequest.Builder agencies = HttpRequest.newBuilder(app.uri("/api/v1/agencies?size=1"));

    HttpResponse<String> anonymous =
        HTTP.send(agencies.build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> keyed =
        HTTP.send(
            agencies.copy().header("X-API-Key", token).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrong =
        HTTP.send(
            agencies.copy().header("Authorization", "Bearer " + token + "x").build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, keyed.statusCode(), keyed.body());
    assertEquals("600", anonymous.headers().firstValue("RateLimit-Limit").orElseThrow());
    assertEquals("3000", keyed.headers().firstValue("RateLimit-Limit").orElseThrow());
    assertEquals(401, wrong.statusCode());
    assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").get());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").isPresent());
    assertFalse(wrong.body().contains(token), "the key is never echoed");
  }

  @Test
  void publicReadsGoThroughTheReadOnlyPool() throws Exception {
    assertEquals(200, get("/api/v1/statistics", "application/json").statusCode());
    assertEquals(200, get("/api/v1/complaints?limit=1&q=jalan", "application/json").statusCode());

    // The read pool's sessions carry its name; their last statements are the public reads.
    assertTrue(
        app.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'aduan-read'")
            >= 1,
        "the read pool has connections");
    assertTrue(
        app.count(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'aduan-read'"
                    + " AND query ILIKE '%complaint%'")
            >= 1,
        "the complaint search ran on the read pool");
  }

  @Test
  void theIntakeApiWritesWithAKeyAndNotWithout() throws Exception {
    var keys =
        new id.aduanterbuka.access.ApiKeys(
            new id.aduanterbuka.persistence.access.JdbcApiKeyStore(app.dataSource()));
    String token =
        keys.issue(id.aduanterbuka.access.KeyKind.OPERATOR, null, "deployed intake").token();
    // received within the demo data's period, so that the windows other tests read do not move
    long latest = app.count("SELECT extract(epoch FROM max(received_at))::bigint FROM complaint");
    String receivedAt =
        java.time.Instant.ofEpochSecond(latest - 86_400)
            .atOffset(java.time.ZoneOffset.UTC)
            .toString();
    String body =
        "{\"channel\":\"WEB\",\"category\":\"jalan-rusak\",\"region\":\"33.74\","
            + "\"receivedAt\":\""
            + receivedAt
            + "\","
            + "\"agency\":\"DPUBMCK-33\",\"text\":\"Saya Siti Aminah, HP 081234567890."
            + " Jalan di depan pasar berlubang.\"}";
    HttpRequest.Builder post =
        HttpRequest.newBuilder(app.uri("/api/v1/intake/complaints"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));

    HttpResponse<String> anonymous = HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> created =
        HTTP.send(
            post.copy().header("X-API-Key", token).header("Idempotency-Key", "it-1").build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> view =
        get(location.substring(location.indexOf("/api/")), "application/json");
    assertEquals(200, view.statusCode(), view.body());
    assertTrue(view.body().contains("berlubang"), view.body());
    assertFalse(view.body().contains("081234567890"), view.body());
    assertFalse(view.body().contains("Aminah"), view.body());
  }

  @Test
  void anEventWithAPhotoIsReadAsMultipartByPayarasJersey() throws Exception {
    var keys =
        new id.aduanterbuka.access.ApiKeys(
            new id.aduanterbuka.persistence.access.JdbcApiKeyStore(app.dataSource()));
    String operator =
        keys.issue(id.aduanterbuka.access.KeyKind.OPERATOR, null, "deployed photos").token();
    String agency =
        keys.issue(
                id.aduanterbuka.access.KeyKind.AGENCY,
                id.aduanterbuka.agency.AgencyCode.of("DPUBMCK-33"),
                "deployed photos")
            .token();
    long latest = app.count("SELECT extract(epoch FROM max(received_at))::bigint FROM complaint");
    java.time.OffsetDateTime received =
        java.time.Instant.ofEpochSecond(latest - 86_400).atOffset(java.time.ZoneOffset.UTC);
    HttpResponse<String> complaint =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/api/v1/intake/complaints"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", operator)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"channel\":\"WEB\",\"category\":\"jalan-rusak\",\"receivedAt\":\""
                            + received
                            + "\",\"agency\":\"DPUBMCK-33\",\"text\":\"Lubang di jalan.\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, complaint.statusCode(), complaint.body());
    Matcher ref = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(complaint.body());
    assertTrue(ref.find(), complaint.body());

    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    String boundary = "aduan-it-boundary";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"event\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"type\":\"RESOLVED\",\"occurredAt\":\""
                + received.plusHours(2)
                + "\"}\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"after\"; filename=\"after.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(png.toByteArray());
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> event =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/api/v1/intake/complaints/" + ref.group(1) + "/events"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-API-Key", agency)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, event.statusCode(), event.body());
    assertTrue(event.body().contains("\"role\":\"after\""), event.body());
    assertEquals(
        1,
        app.count(
            "SELECT count(*) FROM photo p JOIN complaint c ON c.id = p.complaint_id"
                + " WHERE c.reference = '"
                + ref.group(1)
                + "' AND p.status = 'PENDING'"));
  }

  @Test
  void open311ClientsCreateRequestsFormEncodedWithAnXmlAnswer() throws Exception {
    var keys =
        new id.aduanterbuka.access.ApiKeys(
            new id.aduanterbuka.persistence.access.JdbcApiKeyStore(app.dataSource()));
    String agency =
        keys.issue(
                id.aduanterbuka.access.KeyKind.AGENCY,
                id.aduanterbuka.agency.AgencyCode.of("DPUBMCK-33"),
                "deployed open311")
            .token();
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/open311/v2/requests.xml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "api_key="
                            + agency
                            + "&service_code=jalan-rusak&description=Jalan+rusak+parah."
                            + "&first_name=Budi&phone=081298765432"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"),
        created.headers().toString());
    assertTrue(created.body().contains("<service_request_id>ADU-"), created.body());
    assertFalse(created.body().contains("081298765432"), created.body());

    // Open311 has no received time: the request arrived now, after the demo data. Move it into
    // the demo period, as the other intake tests do, so the windows other tests read (the data's
    // latest year and month) do not move with the test order.
    Matcher id =
        Pattern.compile("<service_request_id>([^<]+)</service_request_id>").matcher(created.body());
    assertTrue(id.find(), created.body());
    long latest =
        app.count(
            "SELECT extract(epoch FROM max(received_at))::bigint FROM complaint"
                + " WHERE reference <> '"
                + id.group(1)
                + "'");
    try (java.sql.Connection c = app.dataSource().getConnection();
        java.sql.PreparedStatement complaint =
            c.prepareStatement(
                "UPDATE complaint SET received_at = to_timestamp(?) WHERE reference = ?"
                    + " RETURNING id");
        java.sql.PreparedStatement events =
            c.prepareStatement(
                "UPDATE complaint_event SET occurred_at = to_timestamp(?) WHERE complaint_id = ?")) {
      complaint.setLong(1, latest - 86_400);
      complaint.setString(2, id.group(1));
      java.sql.ResultSet rs = complaint.executeQuery();
      assertTrue(rs.next());
      long complaintId = rs.getLong(1);
      events.setLong(1, latest - 86_400);
      events.setLong(2, complaintId);
      events.executeUpdate();
      new id.aduanterbuka.persistence.statistics.StatisticsFacts(app.dataSource())
          .refresh(java.util.List.of(complaintId));
    }
    assertEquals(
        latest, app.count("SELECT extract(epoch FROM max(received_at))::bigint FROM complaint"));
  }

  @Test
  void pagesCarrySecurityHeadersAndAllowNoInlineScript() throws Exception {
    HttpResponse<String> home = get("/", "text/html");
    HttpResponse<String> apiDocs = get("/api-docs/", "text/html");

    String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self';"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals(
        "strict-origin-when-cross-origin",
        home.headers().firstValue("Referrer-Policy").orElseThrow());
    assertTrue(
        home.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "no HSTS over plain HTTP");
    assertFalse(home.body().contains("<script"), "the portal has no script");
    assertTrue(
        apiDocs
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .contains("script-src 'self';"));
  }

  @Test
  void openApiDocumentDescribesTheAgencies() throws Exception {
    HttpResponse<String> response = get("/openapi", "*/*");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/v1/agencies"), response.body());
    assertTrue(response.body().contains("/api/v1/agencies/{code}"));
    assertTrue(response.body().contains("Problem"));
    assertTrue(response.body().contains("securitySchemes"), "the optional API key is described");
  }

  @Test
  void healthIsUpIncludingTheDatabase() throws Exception {
    HttpResponse<String> health = get("/health", "application/json");
    HttpResponse<String> ready = get("/health/ready", "application/json");

    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("database"), ready.body());
  }

  @Test
  void homePageShowsCountsFromTheDatabase() throws Exception {
    HttpResponse<String> response = get("/", "text/html");

    assertEquals(200, response.statusCode());
    long agencies = app.count("SELECT count(*) FROM agency");
    long mpps = app.count("SELECT count(*) FROM mpp");
    assertTrue(
        response.body().contains("id=\"count-agencies\" data-value=\"" + agencies + "\""),
        response.body());
    assertTrue(response.body().contains("id=\"count-mpps\" data-value=\"" + mpps + "\""));
    assertTrue(response.body().contains("lang=\"id\""));
  }

  @Test
  void noReporterIdentityReachesThePublicPages() throws Exception {
    // The demo data gives every complaint a synthetic reporter in the restricted table.
    java.util.List<String> identities =
        java.util.List.of(
            app.queryText(
                "SELECT reporter_name FROM complaint_original ORDER BY complaint_id LIMIT 1"),
            app.queryText(
                "SELECT reporter_contact FROM complaint_original ORDER BY complaint_id LIMIT 1"),
            app.queryText(
                "SELECT left(original_text, 40) FROM complaint_original ORDER BY complaint_id"
                    + " LIMIT 1"));
    String published =
        get("/", "text/html").body()
            + get("/?lang=en", "text/html").body()
            + get("/api/v1/agencies?size=100", "application/json").body()
            + get("/openapi", "*/*").body();

    for (String identity : identities) {
      assertTrue(identity != null && identity.length() > 3, "fixture present: " + identity);
      assertFalse(published.contains(identity), "leaked: " + identity);
    }
  }

  @Test
  void aComplaintFullOfIdentityIsPublishedWithoutItAnywhere() throws Exception {
    String[] identity = {
      "Sukardi Wiryoatmojo", "3374014506750002", "0857-1234-5678", "sukardi.w@example.com"
    };
    String original =
        "Saya Sukardi Wiryoatmojo, NIK 3374014506750002, WA 0857-1234-5678, email"
            + " sukardi.w@example.com. Jalan di depan Puskesmas Ngaliyan berlubang sejak Mei.";
    long id =
        Long.parseLong(app.queryText("SELECT min(id) FROM complaint WHERE status = 'RESOLVED'"));
    try (java.sql.Connection c = app.dataSource().getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "UPDATE complaint_original SET original_text = ? WHERE complaint_id = ?")) {
      ps.setString(1, original);
      ps.setLong(2, id);
      assertEquals(1, ps.executeUpdate());
    }

    // Intake's path: the gate redacts what the citizen wrote before anything can be published.
    new id.aduanterbuka.privacy.PublicationGate(
            new id.aduanterbuka.persistence.privacy.JdbcRedactionStore(app.dataSource()),
            new id.aduanterbuka.privacy.Redactor())
        .rerun();

    String published = app.queryText("SELECT published_text FROM complaint WHERE id = " + id);
    assertTrue(published.contains("Puskesmas Ngaliyan"), published);
    String everythingPublic =
        published
            + get("/", "text/html").body()
            + get("/?lang=en", "text/html").body()
            + get("/api/v1/agencies?size=100", "application/json").body()
            + get("/openapi", "*/*").body()
            + app.log();
    for (String value : identity) {
      assertFalse(everythingPublic.contains(value), "leaked: " + value);
    }
  }
}
