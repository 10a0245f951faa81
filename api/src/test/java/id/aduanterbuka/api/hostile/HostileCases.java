package id.aduanterbuka.api.hostile;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of hostile inputs. Each case is one raw HTTP request and what it must get: any 4xx
 * problem document (or the given status), or, for free-text parameters, 200 with the text taken as
 * data. Header values starting with {@code @} name a key the test issues (see {@code key}).
 */
final class HostileCases {
  private HostileCases() {}

  /**
   * One hostile request.
   *
   * @param status the exact status expected, or 0 for any 4xx
   * @param acceptedAsData hostile text is a legal value here: 200 or 4xx, never 5xx or a leak
   * @param containerLevel refused by the HTTP container before JAX-RS: 4xx, not problem+json
   * @param echoes the input as it may be echoed in a problem's detail (not counted as a leak)
   */
  record Case(
      String name,
      String method,
      byte[] target,
      Map<String, String> headers,
      byte[] body,
      int status,
      boolean acceptedAsData,
      boolean containerLevel,
      List<String> echoes) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Text that must never be interpreted: SQL, JSON, XML, template and path injections. */
  static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "1' OR 1=1--",
          "1; DROP TABLE complaint;--",
          "' UNION SELECT token_hash FROM api_key--",
          "1)) OR pg_sleep(5)--",
          "$$; COPY complaint TO '/tmp/x'; $$",
          "{\"$ne\":null}",
          "{\"a\":",
          "\"",
          "\\",
          "<script>alert(1)</script>",
          "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
          "${jndi:ldap://127.0.0.1/a}",
          "#{7*7}",
          "../../../../etc/passwd",
          "\u0000",
          "nul\u0000byte",
          "\r\nSet-Cookie: a=b",
          "🙂🙂",
          "x".repeat(4000));

  /** Numbers no paging or limit parameter may take. */
  static final List<String> BAD_NUMBERS =
      List.of(
          "-1",
          "0",
          "-2147483648",
          "2147483648",
          "99999999999999999999999",
          "1e309",
          "NaN",
          "Infinity",
          "0x10",
          "1.5",
          "",
          " ",
          "1 OR 1=1",
          "١٢",
          "+-1");

  static final List<String> BAD_DATES =
      List.of(
          "2026-13-45",
          "0000-00-00",
          "99999-01-01",
          "-0001-01-01",
          "2026-02-30",
          "yesterday",
          "2026-01-01' OR '1'='1",
          "2026-01-01T25:61:61Z",
          "1e10");

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    publicQueries(cases);
    pathTraversal(cases);
    encoding(cases);
    intake(cases);
    open311Writes(cases);
    apiKeys(cases);
    bodyLimits(cases);
    return cases;
  }

  // ---------------------------------------------------------------------- public read endpoints

  private static void publicQueries(List<Case> cases) {
    for (String p :
        List.of("agency", "category", "region", "status", "channel", "sort", "cursor")) {
      for (String v : INJECTIONS) {
        cases.add(query("v1/complaints", p, v, false));
      }
    }
    for (String v : INJECTIONS) {
      cases.add(query("v1/complaints", "q", v, true));
    }
    for (String p : List.of("hasResponse", "overdue")) {
      for (String v : List.of("maybe", "1' OR '1'='1", "\u0000", "TRUE;--")) {
        cases.add(query("v1/complaints", p, v, false));
      }
    }
    for (String p : List.of("receivedFrom", "receivedTo", "resolvedFrom", "resolvedTo")) {
      for (String v : BAD_DATES) {
        cases.add(query("v1/complaints", p, v, false));
      }
    }
    for (String v : BAD_NUMBERS) {
      cases.add(query("v1/complaints", "limit", v, false));
    }
    for (String listing : List.of("v1/agencies", "v1/regions", "v1/categories")) {
      for (String p : List.of("page", "size")) {
        for (String v : BAD_NUMBERS) {
          cases.add(query(listing, p, v, false));
        }
      }
    }
    cases.add(query("v1/agencies", "size", "101", false));
    cases.add(query("v1/complaints", "limit", "101", false));
    for (String v : INJECTIONS.subList(0, 16)) {
      cases.add(query("v1/agencies", "region", v, false));
      cases.add(query("v1/agencies", "kind", v, false));
      cases.add(query("v1/regions", "level", v, false));
      cases.add(query("v1/regions", "parent", v, false));
    }
    for (String p :
        List.of("service_request_id", "service_code", "start_date", "end_date", "status")) {
      for (String v : INJECTIONS.subList(0, 16)) {
        cases.add(query("open311/v2/requests.json", p, v, false));
      }
    }
    for (String p : List.of("page", "page_size")) {
      for (String v : BAD_NUMBERS) {
        cases.add(query("open311/v2/requests.json", p, v, false));
      }
    }
    for (String v : INJECTIONS.subList(0, 8)) {
      cases.add(query("open311/v2/services.json", "jurisdiction_id", v, false));
    }
    cases.add(
        get("unknown parameter beside a valid one", "/v1/complaints?limit=5&debug=true", 400));
    cases.add(
        accepted(
            get("parameter repeated 500 times", "/v1/complaints?" + "agency=x&".repeat(500), 0)));
  }

  // ----------------------------------------------------------------------------- path traversal

  private static void pathTraversal(List<Case> cases) {
    List<String> paths =
        List.of(
            "/v1/agencies/..%2F..%2Fetc%2Fpasswd",
            "/v1/agencies/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/v1/regions/..%5c..%5cwindows%5cwin.ini",
            "/v1/regions/%252e%252e%252f",
            "/v1/categories/%00",
            "/v1/categories/..%00.json",
            "/v1/complaints/..%2F..%2Fapi_key",
            "/v1/complaints/%27%20OR%20%271%27%3D%271",
            "/v1/complaints/" + "A".repeat(2000),
            "/v1/complaints/ADU-2026-%00",
            "/open311/v2/services/..%2F..%2Fetc%2Fpasswd.json",
            "/open311/v2/services/%2e%2e.json",
            "/open311/v2/requests/..%2Fetc%2Fpasswd.json",
            "/open311/v2/requests/x.php",
            "/open311/v2/requests.json%00.xml",
            "/open311/v2/requests.yaml",
            "/open311/v2/services.json;jsessionid=x",
            "/v1/agencies/DPUBMCK-33;.json",
            "/v1/intake/complaints",
            "/v1/doesnotexist");
    for (String p : paths) {
      Case c = get("GET " + abbreviate(p), p, 0);
      // A matrix parameter (;x) is ignored by JAX-RS: the plain resource answers.
      cases.add(p.contains(";") ? accepted(c) : c);
    }
    cases.add(
        write(
            "POST event to a traversal reference",
            "POST",
            "/v1/intake/complaints/..%2F..%2Fadmin/events",
            "application/json",
            "{\"type\":\"RESPONDED\",\"occurredAt\":\"2026-11-02T08:00:00+07:00\"}",
            "@AGENCY",
            0));
    cases.add(
        write(
            "POST event to an SQL reference",
            "POST",
            "/v1/intake/complaints/%27%3B%20DROP%20TABLE%20complaint%3B--/events",
            "application/json",
            "{\"type\":\"RESPONDED\",\"occurredAt\":\"2026-11-02T08:00:00+07:00\"}",
            "@AGENCY",
            0));
    cases.add(write("DELETE a complaint", "DELETE", "/v1/complaints/x", null, null, Map.of(), 405));
    cases.add(
        write(
            "PUT an agency",
            "PUT",
            "/v1/agencies/DINKES-33",
            "application/json",
            "{}",
            Map.of(),
            405));
  }

  // ------------------------------------------------------------------- invalid UTF-8 and escapes

  private static void encoding(List<Case> cases) {
    List<String> raws =
        List.of(
            "/v1/complaints?q=%C3%28",
            "/v1/complaints?q=%FF%FE",
            "/v1/complaints?agency=%ED%A0%80",
            "/v1/complaints?agency=%C0%AF",
            "/v1/complaints?cursor=%F0%28%8C%BC",
            "/v1/agencies?region=%E2%82",
            "/v1/regions/%C3%28",
            "/open311/v2/requests.json?service_code=%FF",
            "/v1/complaints?%FF=1");
    for (String raw : raws) {
      // Invalid UTF-8 decodes to U+FFFD: data, never a 5xx.
      Case c = get("escape " + raw, raw, 0);
      cases.add(accepted(c));
    }
    byte[] rawByte = "/v1/complaints?q=\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
    cases.add(
        new Case(
            "raw non-UTF-8 bytes in the target",
            "GET",
            rawByte,
            Map.of(),
            null,
            0,
            true,
            true,
            List.of()));
  }

  // ----------------------------------------------------------------------------- intake bodies

  static final String VALID =
      "{\"channel\":\"WHATSAPP\",\"category\":\"jalan-rusak\",\"region\":\"33.74\","
          + "\"receivedAt\":\"2026-11-02T08:00:00+07:00\",\"text\":\"Jalan berlubang besar.\"}";

  private static void intake(List<Case> cases) {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("empty body", "");
    bodies.put("truncated JSON", "{\"channel\":\"WHATSAPP\"");
    bodies.put("JSON array", "[]");
    bodies.put("JSON null", "null");
    bodies.put("JSON number", "12345");
    bodies.put("JSON string", "\"complaint\"");
    bodies.put("trailing garbage", VALID + "}}");
    bodies.put("single quotes", VALID.replace('"', '\''));
    bodies.put("comment in JSON", "/* x */" + VALID);
    bodies.put("channel as a number", VALID.replace("\"WHATSAPP\"", "1"));
    bodies.put("channel as an object", VALID.replace("\"WHATSAPP\"", "{\"$ne\":null}"));
    bodies.put("channel unknown", VALID.replace("WHATSAPP", "CARRIER_PIGEON"));
    bodies.put("channel SQL", VALID.replace("WHATSAPP", "WHATSAPP' OR '1'='1"));
    bodies.put("category SQL", VALID.replace("jalan-rusak", "x'; DROP TABLE complaint;--"));
    bodies.put("category traversal", VALID.replace("jalan-rusak", "../../etc/passwd"));
    bodies.put("region SQL", VALID.replace("33.74", "33.74' OR '1'='1"));
    bodies.put("region NUL", VALID.replace("33.74", "33.74\\u0000"));
    bodies.put("region array", VALID.replace("\"33.74\"", "[\"33.74\"]"));
    bodies.put("receivedAt garbage", VALID.replace("2026-11-02T08:00:00+07:00", "kemarin"));
    bodies.put("receivedAt year 99999", VALID.replace("2026-11-02", "+99999-11-02"));
    bodies.put("receivedAt number", VALID.replace("\"2026-11-02T08:00:00+07:00\"", "1e309"));
    bodies.put("receivedAt in the future", VALID.replace("2026-11-02", "2999-11-02"));
    bodies.put("text empty", VALID.replace("Jalan berlubang besar.", ""));
    bodies.put("text NUL", VALID.replace("Jalan berlubang besar.", "a\\u0000b"));
    bodies.put("text lone surrogate", VALID.replace("Jalan berlubang besar.", "\\ud800"));
    bodies.put("text 2 MB", VALID.replace("Jalan berlubang besar.", "a".repeat(2_000_000)));
    bodies.put("text as an object", VALID.replace("\"Jalan berlubang besar.\"", "{}"));
    bodies.put("missing text", VALID.replace(",\"text\":\"Jalan berlubang besar.\"", ""));
    bodies.put("agency SQL", VALID.replace("}", ",\"agency\":\"X' OR 1=1--\"}"));
    bodies.put("agency not its own", VALID.replace("}", ",\"agency\":\"DISHUB-33\"}"));
    bodies.put("nested 10000 deep", "[".repeat(10_000) + "]".repeat(10_000));
    bodies.put("object nested 5000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
    bodies.put("huge number", VALID.replace("}", ",\"n\":" + "9".repeat(100_000) + "}"));
    bodies.put("duplicate keys", VALID.replace("{", "{\"channel\":\"EMAIL\","));
    bodies.put("NUL byte raw", "{\"channel\":\"WHATS\u0000APP\"}");
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      cases.add(
          write(
              "intake " + b.getKey(),
              "POST",
              "/v1/intake/complaints",
              "application/json",
              b.getValue(),
              "@AGENCY",
              0));
    }
    cases.add(
        bytes(
            "intake invalid UTF-8 body",
            "/v1/intake/complaints",
            "application/json",
            withBytes(VALID.replace("Jalan", "J\u00ffalan"), StandardCharsets.ISO_8859_1)));
    cases.add(
        bytes(
            "intake UTF-16 body",
            "/v1/intake/complaints",
            "application/json",
            withBytes(VALID, StandardCharsets.UTF_16)));
    Map<String, String> types = new LinkedHashMap<>();
    types.put("text/plain", VALID);
    types.put("application/xml", "<complaint><text>x</text></complaint>");
    types.put(
        "text/xml",
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<complaint><text>&e;</text></complaint>");
    types.put("application/x-www-form-urlencoded", "channel=WHATSAPP&text=x");
    types.put("application/json; charset=ebcdic", VALID);
    types.put("application/javascript", VALID);
    types.put("multipart/form-data; boundary=x", "--x\r\n\r\n--x--");
    types.put("*/*", VALID);
    types.put("application/json\r\nX-Injected: 1", VALID);
    for (Map.Entry<String, String> t : types.entrySet()) {
      cases.add(
          write(
              "intake as " + t.getKey().replace("\r\n", "\\r\\n"),
              "POST",
              "/v1/intake/complaints",
              t.getKey(),
              t.getValue(),
              "@AGENCY",
              0));
    }
    cases.add(
        write(
            "event with bad JSON",
            "POST",
            "/v1/intake/complaints/ADU-2026-000001/events",
            "application/json",
            "{\"type\":",
            "@AGENCY",
            0));
    cases.add(
        write(
            "event of an unknown type",
            "POST",
            "/v1/intake/complaints/ADU-2026-000001/events",
            "application/json",
            "{\"type\":\"DELETE_ALL\",\"occurredAt\":\"2026-11-02T08:00:00+07:00\"}",
            "@AGENCY",
            0));
    cases.add(
        write(
            "intake idempotency key 5000 chars",
            "POST",
            "/v1/intake/complaints",
            "application/json",
            "{\"channel\":1}",
            "@AGENCY",
            0));
  }

  // ------------------------------------------------------------------------------ Open311 POST

  static final String FORM =
      "service_code=jalan-rusak&description=Jalan+rusak+di+depan+balai+desa"
          + "&lat=-6.99&long=110.42&attribute%5Bregion%5D=33.74";

  private static void open311Writes(List<Case> cases) {
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("lat NaN", FORM.replace("lat=-6.99", "lat=NaN"));
    forms.put("lat 1e309", FORM.replace("lat=-6.99", "lat=1e309"));
    forms.put("lat 91", FORM.replace("lat=-6.99", "lat=91"));
    forms.put("long -181", FORM.replace("long=110.42", "long=-181"));
    forms.put("lat SQL", FORM.replace("lat=-6.99", "lat=-6.99%27+OR+1%3D1--"));
    forms.put("service_code SQL", FORM.replace("jalan-rusak", "x%27%3B+DROP+TABLE+complaint%3B--"));
    forms.put("service_code traversal", FORM.replace("jalan-rusak", "..%2F..%2Fetc%2Fpasswd"));
    forms.put("no service_code", FORM.replace("service_code=jalan-rusak&", ""));
    forms.put("empty description", FORM.replace("Jalan+rusak+di+depan+balai+desa", ""));
    forms.put("region SQL", FORM.replace("33.74", "33.74%27+OR+%271%27%3D%271"));
    forms.put("invalid escape", FORM.replace("Jalan", "%zz"));
    forms.put("invalid UTF-8 escape", FORM.replace("Jalan", "%C3%28"));
    forms.put("description 2 MB", FORM.replace("Jalan+rusak", "a".repeat(2_000_000)));
    forms.put("email injection", FORM + "&email=a%40b.c%0D%0ABcc%3A+x%40y.z");
    forms.put("repeated service_code", FORM + "&service_code=pju-mati");
    forms.put("description NUL", FORM.replace("Jalan", "Jalan%00"));
    forms.put("unknown attribute", FORM + "&attribute%5B%3Cx%3E%5D=1");
    for (Map.Entry<String, String> f : forms.entrySet()) {
      cases.add(
          write(
              "Open311 POST " + f.getKey(),
              "POST",
              "/open311/v2/requests.json",
              "application/x-www-form-urlencoded",
              f.getValue(),
              "@AGENCY",
              0));
    }
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<service_request><service_code>jalan-rusak</service_code>"
            + "<description>&xxe;</description></service_request>";
    for (String type : List.of("application/xml", "text/xml", "application/xml; charset=utf-8")) {
      for (String format : List.of("json", "xml")) {
        cases.add(
            write(
                "Open311 XXE body as " + type + " to requests." + format,
                "POST",
                "/open311/v2/requests." + format,
                type,
                xxe,
                "@AGENCY",
                415));
      }
    }
    cases.add(
        write(
            "Open311 billion laughs",
            "POST",
            "/open311/v2/requests.xml",
            "application/xml",
            "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>",
            "@AGENCY",
            415));
    cases.add(
        write(
            "Open311 JSON body that is not JSON",
            "POST",
            "/open311/v2/requests.json",
            "application/json",
            "service_code=jalan-rusak",
            "@AGENCY",
            0));
    Map<String, String> jsons = new LinkedHashMap<>();
    jsons.put("nested 10000 deep", "[".repeat(10_000) + "]".repeat(10_000));
    jsons.put("huge number", "{\"lat\":" + "9".repeat(100_000) + "}");
    jsons.put("service_code as an object", "{\"service_code\":{\"$ne\":null}}");
    jsons.put(
        "description NUL", "{\"service_code\":\"jalan-rusak\",\"description\":\"a\\u0000b\"}");
    jsons.put("charset ebcdic", "{}");
    jsons.put("trailing garbage", "{\"service_code\":\"jalan-rusak\"} {\"x\":1}");
    for (Map.Entry<String, String> j : jsons.entrySet()) {
      cases.add(
          write(
              "Open311 JSON " + j.getKey(),
              "POST",
              "/open311/v2/requests.json",
              j.getKey().startsWith("charset")
                  ? "application/json; charset=ebcdic"
                  : "application/json",
              j.getValue(),
              "@AGENCY",
              0));
    }
    cases.add(
        write(
            "Open311 POST as text/plain",
            "POST",
            "/open311/v2/requests.json",
            "text/plain",
            FORM,
            "@AGENCY",
            415));
    cases.add(
        write(
            "Open311 POST to an unknown format",
            "POST",
            "/open311/v2/requests.exe",
            "application/x-www-form-urlencoded",
            FORM,
            "@AGENCY",
            0));
  }

  // ---------------------------------------------------------------------------------- API keys

  private static void apiKeys(List<Case> cases) {
    Map<String, Map<String, String>> keys = new LinkedHashMap<>();
    keys.put("no key", Map.of());
    keys.put("empty X-API-Key", Map.of("X-API-Key", ""));
    keys.put("malformed key", Map.of("X-API-Key", "not-a-key"));
    keys.put("key with SQL", Map.of("X-API-Key", "' OR '1'='1"));
    keys.put("key 5000 chars", Map.of("X-API-Key", "a".repeat(5000)));
    keys.put("key with unicode", Map.of("X-API-Key", "ключ🙂"));
    keys.put("revoked key", Map.of("X-API-Key", "@REVOKED"));
    keys.put("reader key writing", Map.of("X-API-Key", "@READER"));
    keys.put("tampered key", Map.of("X-API-Key", "@AGENCY_TAMPERED"));
    keys.put("prefix only", Map.of("X-API-Key", "@AGENCY_PREFIX_ONLY"));
    keys.put("key with a trailing char", Map.of("X-API-Key", "@AGENCY_TRAILING"));
    keys.put("key in upper case", Map.of("X-API-Key", "@AGENCY_LOWER"));
    keys.put("Basic scheme", Map.of("Authorization", "@BASIC_AGENCY"));
    keys.put("Bearer without token", Map.of("Authorization", "Bearer"));
    keys.put("Bearer with spaces", Map.of("Authorization", "Bearer    "));
    keys.put("Digest scheme", Map.of("Authorization", "Digest username=\"admin\""));
    keys.put("JWT none", Map.of("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
    keys.put(
        "two different keys", Map.of("X-API-Key", "@REVOKED", "Authorization", "@BEARER_AGENCY"));
    for (Map.Entry<String, Map<String, String>> k : keys.entrySet()) {
      boolean anonymous = k.getValue().isEmpty();
      cases.add(
          write(
              "intake with " + k.getKey(),
              "POST",
              "/v1/intake/complaints",
              "application/json",
              "{\"channel\":1}",
              k.getValue(),
              0));
      cases.add(
          write(
              "Open311 POST with " + k.getKey(),
              "POST",
              "/open311/v2/requests.json",
              "application/x-www-form-urlencoded",
              FORM,
              k.getValue(),
              anonymous ? 401 : 0));
      if (!anonymous && !k.getKey().startsWith("reader")) {
        // Another scheme (Basic, Digest) is not ours and is ignored: an anonymous read.
        boolean otherScheme = k.getKey().contains("Basic") || k.getKey().contains("Digest");
        cases.add(
            new Case(
                "GET complaints with " + k.getKey(),
                "GET",
                "/v1/complaints".getBytes(StandardCharsets.US_ASCII),
                k.getValue(),
                null,
                otherScheme ? 0 : 401,
                otherScheme,
                false,
                List.of()));
      }
    }
    cases.add(
        write(
            "Open311 api_key parameter garbage",
            "POST",
            "/open311/v2/requests.json",
            "application/x-www-form-urlencoded",
            FORM + "&api_key=%27+OR+1%3D1--",
            Map.of(),
            0));
  }

  // ------------------------------------------------------------------------------- body limits

  private static void bodyLimits(List<Case> cases) {
    String big = VALID.replace("Jalan berlubang besar.", "a".repeat(1_100_000));
    String bigForm = FORM.replace("Jalan+rusak", "a".repeat(1_100_000));
    for (boolean chunked : List.of(false, true)) {
      String how = chunked ? " (chunked)" : " (Content-Length)";
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-API-Key", "@AGENCY");
      if (chunked) {
        headers.put("Transfer-Encoding", "chunked");
      }
      cases.add(
          write(
              "intake body over 1 MiB" + how,
              "POST",
              "/v1/intake/complaints",
              "application/json",
              big,
              headers,
              413));
      cases.add(
          write(
              "Open311 form over 1 MiB" + how,
              "POST",
              "/open311/v2/requests.json",
              "application/x-www-form-urlencoded",
              bigForm,
              headers,
              413));
      cases.add(
          write(
              "Open311 JSON over 1 MiB" + how,
              "POST",
              "/open311/v2/requests.json",
              "application/json",
              big,
              headers,
              413));
      cases.add(
          write(
              "Open311 XML over 1 MiB" + how,
              "POST",
              "/open311/v2/requests.xml",
              "application/xml",
              "<a>" + "a".repeat(1_100_000) + "</a>",
              headers,
              chunked ? 415 : 413));
    }
    // Grizzly refuses it before JAX-RS: 400 with an empty body.
    cases.add(
        container(
            write(
                "Content-Length not a number",
                "POST",
                "/v1/intake/complaints",
                "application/json",
                null,
                Map.of("X-API-Key", "@AGENCY", "Content-Length", "lots"),
                400)));
    cases.add(
        write(
            "Content-Length of 10 GB with a small body",
            "POST",
            "/v1/intake/complaints",
            "application/json",
            null,
            Map.of("X-API-Key", "@AGENCY", "Content-Length", "10000000000"),
            413));
  }

  // ---------------------------------------------------------------------------------- builders

  /**
   * Parameters where hostile text is a legal value: a filter on an unknown agency or category code
   * matches nothing (200, empty), and Open311's jurisdiction_id is accepted and ignored (one
   * jurisdiction per instance).
   */
  static final java.util.Set<String> FREE_TEXT =
      java.util.Set.of("agency", "category", "jurisdiction_id");

  /**
   * Numbers that are odd but harmless: blank means the default, and Java reads other scripts'
   * digits ({@code ١٢} is 12).
   */
  static final java.util.Set<String> HARMLESS_NUMBERS = java.util.Set.of("", " ", "١٢");

  /**
   * Writes that are valid or taken as data: lat/long are accepted and not stored by Open311, an
   * e-mail address goes to the restricted table, lenient JSON readings (duplicate keys: the last
   * wins; a lone surrogate and invalid UTF-8 become U+FFFD), a wildcard content type.
   */
  static final java.util.Set<String> ACCEPTED_WRITES =
      java.util.Set.of(
          "intake duplicate keys",
          "intake text lone surrogate",
          "intake invalid UTF-8 body",
          "intake as */*",
          "intake as application/json\\r\\nX-Injected: 1",
          "Open311 POST lat NaN",
          "Open311 POST lat 1e309",
          "Open311 POST lat 91",
          "Open311 POST long -181",
          "Open311 POST lat SQL",
          "Open311 POST invalid UTF-8 escape",
          "Open311 POST email injection",
          "Open311 POST repeated service_code",
          "Open311 POST unknown attribute");

  private static Case query(String path, String param, String value, boolean acceptedAsData) {
    acceptedAsData |= FREE_TEXT.contains(param) || HARMLESS_NUMBERS.contains(value);
    String target =
        "/" + path + "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    return new Case(
        "GET " + path + " " + param + "=" + abbreviate(printable(value)),
        "GET",
        target.getBytes(StandardCharsets.US_ASCII),
        Map.of(),
        null,
        0,
        acceptedAsData,
        false,
        echoes(value));
  }

  private static Case container(Case c) {
    return new Case(
        c.name(),
        c.method(),
        c.target(),
        c.headers(),
        c.body(),
        c.status(),
        c.acceptedAsData(),
        true,
        c.echoes());
  }

  private static Case accepted(Case c) {
    return new Case(
        c.name(),
        c.method(),
        c.target(),
        c.headers(),
        c.body(),
        c.status(),
        true,
        c.containerLevel(),
        c.echoes());
  }

  private static Case get(String name, String target, int status) {
    return new Case(
        name,
        "GET",
        target.getBytes(StandardCharsets.US_ASCII),
        Map.of(),
        null,
        status,
        false,
        false,
        List.of(target));
  }

  private static Case write(
      String name, String method, String target, String type, String body, String key, int status) {
    return write(
        name,
        method,
        target,
        type,
        body,
        key == null ? Map.of() : Map.of("X-API-Key", key),
        status);
  }

  private static Case write(
      String name,
      String method,
      String target,
      String type,
      String body,
      Map<String, String> headers,
      int status) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (type != null) {
      all.put("Content-Type", type);
    }
    if (name.contains("idempotency key 5000")) {
      all.put("Idempotency-Key", "k".repeat(5000));
    }
    return new Case(
        name,
        method,
        target.getBytes(StandardCharsets.US_ASCII),
        all,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        status,
        ACCEPTED_WRITES.contains(name),
        false,
        List.of());
  }

  private static Case bytes(String name, String target, String type, byte[] body) {
    return new Case(
        name,
        "POST",
        target.getBytes(StandardCharsets.US_ASCII),
        Map.of("X-API-Key", "@AGENCY", "Content-Type", type),
        body,
        0,
        ACCEPTED_WRITES.contains(name),
        false,
        List.of());
  }

  private static byte[] withBytes(String text, java.nio.charset.Charset charset) {
    return text.getBytes(charset);
  }

  private static List<String> echoes(String value) {
    String json = Json.createValue(value).toString();
    return List.of(json.substring(1, json.length() - 1), value);
  }

  private static String printable(String value) {
    StringBuilder s = new StringBuilder();
    value
        .codePoints()
        .forEach(cp -> s.append(cp < 0x20 ? String.format("\\u%04x", cp) : Character.toString(cp)));
    return s.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
  }
}
