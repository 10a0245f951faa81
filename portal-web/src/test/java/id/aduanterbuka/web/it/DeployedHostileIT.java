package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input that only the deployed server sees as sent: the Jersey test container of the API
 * suite fails on these before any application code runs (docs/security.md, "Hostile input"). Broken
 * percent-encoding, oversized headers, and what the server log and process list must never show.
 * Requests go over a bare socket ({@link RawHttp}).
 */
class DeployedHostileIT {
  /** Text that would give away internals: a stack frame, a class or package, a version. */
  private static final List<String> LEAKS =
      List.of(
          "Exception",
          "\tat ",
          ".java:",
          "org.glassfish",
          "org.apache",
          "org.eclipse",
          "id.aduanterbuka",
          "jakarta.",
          "Payara",
          "Grizzly",
          "GlassFish");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static DeployedApplication app;

  @BeforeAll
  static void start() {
    app = DeployedApplication.get();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/complaints?q=%ZZ | q",
        "/api/v1/complaints?agency=%zz&limit=5 | agency",
        "/api/v1/complaints?limit=5&q=% | q",
        "/api/v1/complaints?q=%u0041 | q",
        "/api/v1/complaints?q=%E0%A4%A | q",
        "/api/v1/complaints?q=%C0%AF | q",
        "/api/v1/complaints?q=%FF | q",
        "/api/v1/complaints?q=%ED%A0%80 | q",
        "/api/v1/agencies?%ZZ=1 | query",
        "/api/open311/v2/requests.json?status=%ZZ | status",
        "/open311/v2/requests.json?status=%C0%AF | status"
      })
  void brokenPercentEncodingInTheQueryIsAProblemNamingTheParameter(String target, String field)
      throws Exception {
    RawHttp.Answer answer = RawHttp.get(app.uri("/"), target, "");

    assertEquals(400, answer.status(), answer.body());
    assertEquals("application/problem+json", answer.header("Content-Type"));
    assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    assertTrue(answer.body().contains("percent-encoded UTF-8"), answer.body());
    assertEquals("no-store", answer.header("Cache-Control"), "a problem is never cached");
    assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    assertEquals("*", answer.header("Access-Control-Allow-Origin"), "a script can read it");
    assertTrue(answer.header("RateLimit-Limit") != null, "it counted against the rate limit");
    assertNoLeak(answer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/api/v1/complaints?q=jalan%20rusak&limit=1",
    "/api/v1/complaints?q=jalan+rusak&limit=1",
    "/api/v1/complaints?q=caf%C3%A9%20%F0%9F%98%80&limit=1",
    "/api/v1/complaints?q=100%25&limit=1",
    "/open311/v2/requests.json?status=open&page_size=1"
  })
  void wellEncodedQueriesStillPass(String target) throws Exception {
    RawHttp.Answer answer = RawHttp.get(app.uri("/"), target, "");

    assertEquals(200, answer.status(), answer.body());
  }

  /**
   * A broken escape in the <em>path</em> fails in Payara's request parsing ({@code
   * CoyoteAdapter.postParseRequest}), before any filter of ours: no application code can answer.
   * Payara answers {@code %C0%AF} with an empty 400 "Invalid URI", and {@code %ZZ} or a truncated
   * escape with an empty <b>200</b> (the parser's exception is caught and logged, the response left
   * as it was). This pins that behaviour: nginx in front answers all of them with 400
   * (docs/security.md, "Known gaps"); if Payara changes, the gap list needs updating.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/v1/complaints/%C0%AF, 400",
    "/api/v1/complaints/%ZZ, 200",
    "/api/v1/complaints/%E0%A4%A, 200",
    "/api/v1/complaints/ADU-%, 200",
    "/%ZZ, 200"
  })
  void aBrokenEscapeInThePathGetsPayarasEmptyAnswerAndNoApplicationData(String target, int status)
      throws Exception {
    RawHttp.Answer answer = RawHttp.get(app.uri("/"), target, "");

    assertEquals(status, answer.status(), answer.reason());
    assertEquals("", answer.body(), "no page, no data, no stack trace");
    assertEquals("close", answer.header("Connection"));
    assertNull(answer.header("RateLimit-Limit"), "no application code ran");
    assertNoLeak(answer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "one header of 9 KiB, /api/v1/agencies",
    "one header of 70 KiB, /api/v1/agencies",
    "120 headers, /api/v1/agencies",
    "120 headers, /"
  })
  void oversizedHeadersAreAnEmpty400BeforeTheApplication(String what, String target)
      throws Exception {
    String headers =
        what.startsWith("120")
            ? IntStream.range(0, 120).mapToObj(i -> "X-H" + i + ": v\r\n").collect(joining())
            : "X-Big: " + "a".repeat(what.contains("70") ? 70 * 1024 : 9 * 1024) + "\r\n";

    RawHttp.Answer answer = RawHttp.get(app.uri("/"), target, headers);

    assertEquals(400, answer.status(), answer.reason());
    assertEquals("", answer.body());
    assertEquals("close", answer.header("Connection"));
    assertNoLeak(answer);
    // and the server is none the worse for it
    assertEquals(200, RawHttp.get(app.uri("/"), "/api/v1/categories?size=1", "").status());
  }

  @Test
  void headersJustUnderTheLimitsAreServed() throws Exception {
    String headers =
        IntStream.range(0, 80).mapToObj(i -> "X-H" + i + ": v\r\n").collect(joining())
            + "X-Big: "
            + "a".repeat(6 * 1024)
            + "\r\n";

    assertEquals(200, RawHttp.get(app.uri("/"), "/api/v1/categories?size=1", headers).status());
  }

  @Test
  void apiAnswersCarryTheSecurityHeadersAndCacheOnlyWhatIsPublic() throws Exception {
    RawHttp.Answer list = RawHttp.get(app.uri("/"), "/api/v1/categories?size=1", "");
    RawHttp.Answer missing = RawHttp.get(app.uri("/"), "/api/v1/complaints/ADU-2099-9999999", "");
    // the alias is a forward: the headers must not depend on which filter the container runs first
    RawHttp.Answer alias = RawHttp.get(app.uri("/"), "/open311/v2/services.json", "");
    HttpResponse<String> write =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/api/v1/intake/complaints"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, list.status());
    assertEquals("public, max-age=60", list.header("Cache-Control"));
    assertEquals(404, missing.status());
    assertEquals(
        "no-store", missing.header("Cache-Control"), "a 404 would hide a later publication");
    assertEquals(401, write.statusCode());
    assertEquals("no-store", write.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(200, alias.status());
    assertEquals("public, max-age=60", alias.header("Cache-Control"));
    for (RawHttp.Answer a : List.of(list, missing, alias)) {
      assertEquals("nosniff", a.header("X-Content-Type-Options"));
      assertEquals("DENY", a.header("X-Frame-Options"));
      assertEquals("strict-origin-when-cross-origin", a.header("Referrer-Policy"));
      assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
      assertNull(a.header("Server"), "no product or version");
      assertNull(a.header("X-Powered-By"));
      assertNull(a.header("Strict-Transport-Security"), "plain HTTP: no HSTS");
    }
    assertEquals("nosniff", write.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  /**
   * The alias {@code /open311/v2/…} is a forward to {@code /api/open311/v2/…}; the client's address
   * must travel with it, or every anonymous alias client shares one bucket apart from its IP's.
   */
  @Test
  void theOpen311AliasCountsAgainstTheClientsOwnBucket() throws Exception {
    String etag =
        HTTP.send(
                HttpRequest.newBuilder(app.uri("/api/v1/categories?size=1")).build(),
                HttpResponse.BodyHandlers.discarding())
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    HttpRequest conditional =
        HttpRequest.newBuilder(app.uri("/api/v1/categories?size=1"))
            .header("If-None-Match", etag)
            .build();
    List<CompletableFuture<HttpResponse<Void>>> burst = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      burst.add(HTTP.sendAsync(conditional, HttpResponse.BodyHandlers.discarding()));
    }
    CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();

    HttpResponse<Void> api = HTTP.send(conditional, HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> alias =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/open311/v2/services.json")).build(),
            HttpResponse.BodyHandlers.discarding());

    int apiRemaining = remaining(api);
    int aliasRemaining = remaining(alias);
    assertTrue(apiRemaining < 580, "the burst used the IP's bucket: " + apiRemaining);
    assertTrue(
        aliasRemaining <= apiRemaining + 2,
        "alias " + aliasRemaining + " should share the IP's bucket at " + apiRemaining);
  }

  @Test
  void anApiKeyNeverReachesTheServerLog() throws Exception {
    ApiKeys keys = new ApiKeys(new JdbcApiKeyStore(app.dataSource()));
    String reader = keys.issue(KeyKind.READER, null, "log test").token();
    String secret = reader.substring(reader.lastIndexOf('_') + 1);
    String wrong = reader.substring(0, reader.length() - 1) + (reader.endsWith("A") ? "B" : "A");
    String wrongSecret = wrong.substring(wrong.lastIndexOf('_') + 1);
    List<Integer> statuses = new ArrayList<>();
    for (HttpRequest request :
        List.of(
            get("/api/v1/categories?size=1").header("X-API-Key", reader).build(),
            get("/api/v1/categories?size=1").header("Authorization", "Bearer " + reader).build(),
            get("/api/v1/categories?size=1").header("X-API-Key", wrong).build(),
            get("/api/v1/categories?size=1&api_key=" + reader).build(),
            HttpRequest.newBuilder(app.uri("/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "api_key=" + reader + "&service_code=no-such-service&description=x"))
                .build(),
            HttpRequest.newBuilder(app.uri("/api/v1/intake/complaints"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", reader)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build())) {
      statuses.add(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
    statuses.add(
        RawHttp.get(app.uri("/"), "/api/v1/categories?size=1&api_key=" + reader + "%ZZ", "")
            .status());
    assertEquals(List.of(200, 200, 401, 400, 403, 400, 400), statuses);

    String log = logAfterEverythingSoFar();
    assertFalse(log.contains(secret), "the key's secret is in the server log");
    assertFalse(log.contains(wrongSecret), "a refused key's secret is in the server log");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/complaints.xhtml?q=%ZZ",
    "/complaints.xhtml?agency=%C0%AF&q=jalan",
    "/agency.xhtml?code=%E0%A4%A",
    "/?lang=%"
  })
  void aPageAddressWithABrokenEscapeIsAShort400Page(String target) throws Exception {
    RawHttp.Answer answer = RawHttp.get(app.uri("/"), target, "");

    assertEquals(400, answer.status(), answer.body());
    assertEquals("text/html;charset=UTF-8", answer.header("Content-Type"));
    assertTrue(answer.body().contains("Invalid address"), answer.body());
    assertEquals("no-store", answer.header("Cache-Control"));
    assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertNoLeak(answer);
  }

  /** The container logs a parameter it cannot decode, value and all; on pages none gets there. */
  @Test
  void aSearchWithABrokenEscapeNeverReachesTheServerLog() throws Exception {
    String name = "Wiryoatmojo" + System.nanoTime();

    assertEquals(
        400, RawHttp.get(app.uri("/"), "/complaints.xhtml?q=" + name + "%ZZ", "").status());
    assertEquals(
        200,
        RawHttp.get(app.uri("/"), "/complaints.xhtml?q=" + name + "%20jalan", "").status(),
        "a well-encoded search is still served");
    assertFalse(logAfterEverythingSoFar().contains(name), "the search text is in the server log");
  }

  @Test
  void databaseSettingsAreNotOnPayarasCommandLine() {
    List<String> payara =
        ProcessHandle.current()
            .descendants()
            .map(p -> p.info().commandLine().orElse(""))
            .filter(c -> c.contains("payara-micro"))
            .toList();

    assertEquals(1, payara.size(), "one Payara process started by this test JVM: " + payara);
    assertTrue(payara.get(0).contains("--deploy"), payara.get(0));
    for (String secret : List.of("jdbc:", "ADUAN_DB", "aduan.db", "password")) {
      assertFalse(payara.get(0).contains(secret), secret + " on the command line");
    }
  }

  /**
   * Paths nothing serves get our bilingual page, not Payara's "Error report" (which named the
   * product): the status, no echo of the path, the security headers, not cached.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"/nonexistent.txt", "/nonexistent.xhtml", "/resources/css/none.css", "/error"})
  void aPathNothingServesGetsOurBilingualNotFoundPage(String target) throws Exception {
    RawHttp.Answer answer = RawHttp.get(app.uri("/"), target, "");

    assertEquals(404, answer.status(), answer.body());
    assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.headers().toString());
    assertTrue(answer.body().contains("Halaman tidak ditemukan"), answer.body());
    assertTrue(answer.body().contains("Not Found"), answer.body());
    assertFalse(answer.body().contains(target.substring(1)), "the path is not echoed");
    assertEquals("no-store", answer.header("Cache-Control"));
    assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    assertNoLeak(answer);
  }

  /**
   * The server log once everything requested so far has been logged: a broken escape in the path
   * makes Payara log a SEVERE line, and once that line is in the file, so is everything before it.
   */
  private static String logAfterEverythingSoFar() throws Exception {
    String marker = "AS-WEB-CORE-00037";
    int before = app.log().split(marker, -1).length;
    RawHttp.get(app.uri("/"), "/%ZZ", "");
    Instant deadline = Instant.now().plusSeconds(20);
    String log = app.log();
    while (log.split(marker, -1).length == before && Instant.now().isBefore(deadline)) {
      log = app.log();
    }
    assertTrue(log.split(marker, -1).length > before, "the sync line reached the log");
    return log;
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(app.uri(path));
  }

  private static int remaining(HttpResponse<?> response) {
    return Integer.parseInt(response.headers().firstValue("RateLimit-Remaining").orElseThrow());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining();
  }

  private static void assertNoLeak(RawHttp.Answer answer) {
    String everything = answer.reason() + answer.headers() + answer.body();
    for (String leak : LEAKS) {
      assertFalse(everything.contains(leak), leak + " in " + everything);
    }
  }
}
