package id.aduanterbuka.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.feed.FeedsResource;
import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.RollupStatistics;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.statistics.StatisticsService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Bulk exports and Atom feeds over 1,500 generated complaints. */
class OpenDataTest extends JerseyTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static PostgresTestDatabase db;
  private final ExportGate gate = new ExportGate(1);

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    if (db == null) {
      db = PostgresTestDatabase.create();
      try (Connection c = db.connection()) {
        new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 1_500, ProgressListener.NONE);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      new StatisticsFacts(db.dataSource()).refresh();
    }
    PublicComplaints complaints =
        new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    StatisticsService statistics = new StatisticsService(new RollupStatistics(db.dataSource()));
    return new ResourceConfig(ExportsResource.class, FeedsResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(complaints).to(PublicComplaints.class);
                bind(gate).to(ExportGate.class);
                bind(statistics).to(StatisticsService.class);
              }
            });
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static final String PUBLISHED =
      "SELECT reference FROM complaint WHERE publication = 'PUBLISHED'"
          + " AND status NOT IN ('RECEIVED', 'REJECTED')";

  /** RFC 4180 rows: quoted cells may hold commas, quotes and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(ch);
      }
    }
    return rows;
  }

  @Test
  void theCsvHoldsEveryPublishedComplaintAndNothingPrivate() throws SQLException {
    Response response = target("v1/exports/complaints.csv").request().get();
    assertEquals(200, response.getStatus());
    assertTrue(response.getMediaType().toString().startsWith("text/csv"));
    assertTrue(response.getHeaderString("Content-Disposition").contains("attachment"));
    assertTrue(response.getHeaderString("Link").contains("rel=\"license\""));
    String csv = response.readEntity(String.class);
    List<List<String>> rows = parseCsv(csv);
    List<String> header = rows.get(0);
    assertEquals(OpenDataColumns.all().stream().map(c -> c.key).toList(), header);
    Set<String> references = new HashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(header.size(), row.size(), row.toString());
      references.add(row.get(0));
    }
    assertEquals(new HashSet<>(column(PUBLISHED)), references);
    for (String contact :
        column(
            "SELECT reporter_contact FROM complaint_original WHERE reporter_contact IS NOT NULL")) {
      assertFalse(csv.contains(contact), contact);
    }
  }

  @Test
  void jsonLinesHaveOneObjectPerComplaintWithTheDictionaryKeys() throws SQLException {
    String body = target("v1/exports/complaints.jsonl").request().get(String.class);
    String[] lines = body.split("\n");
    assertEquals(column(PUBLISHED).size(), lines.length);
    Set<String> keys = new HashSet<>(OpenDataColumns.all().stream().map(c -> c.key).toList());
    int rated = 0;
    for (String line : lines) {
      JsonObject o = Json.createReader(new StringReader(line)).readObject();
      assertEquals(keys, o.keySet());
      if (!o.isNull("satisfaction")) {
        int stars = o.getInt("satisfaction");
        assertTrue(stars >= 1 && stars <= 5);
        rated++;
      }
    }
    assertTrue(rated > 0);
    JsonObject dictionary =
        Json.createReader(
                new StringReader(target("v1/exports/dictionary").request().get(String.class)))
            .readObject();
    assertTrue(dictionary.getString("licence").contains("CC BY 4.0"));
    assertEquals(keys.size(), dictionary.getJsonArray("columns").size());
  }

  @Test
  void downloadsBeyondTheLimitAreRefusedAtOnceAndASlotFreesWhenTheBodyIsWritten() {
    ExportGate.Slot elsewhere = gate.tryEnter().orElseThrow(); // another client's download

    Response busy = target("v1/exports/complaints.jsonl").request().get();
    Response head = target("v1/exports/complaints.csv").request().head();

    assertEquals(503, busy.getStatus());
    assertEquals("application/problem+json", busy.getMediaType().toString());
    assertEquals("30", busy.getHeaderString("Retry-After"));
    assertTrue(busy.readEntity(String.class).contains("\"status\":503"));
    assertEquals(200, head.getStatus(), "HEAD writes no body and needs no slot");

    elsewhere.close();
    elsewhere.close(); // closing twice frees one slot, not two
    // read to the end: the slot is freed before the body's last chunk is sent
    assertTrue(target("v1/exports/complaints.csv").request().get(String.class).startsWith("ref"));
    ExportGate.Slot next = gate.tryEnter().orElseThrow(() -> new AssertionError("slot kept"));
    assertTrue(gate.tryEnter().isEmpty(), "the limit is one");
    next.close();
  }

  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    assertEquals("\"a, \"\"b\"\"\"", Csv.cell("a, \"b\""));
    assertEquals("'=HYPERLINK(1)", Csv.cell("=HYPERLINK(1)"));
    assertEquals("\"'-1,2\"", Csv.cell("-1,2"));
    assertEquals("", Csv.cell(null));
  }

  private Document atom(String path) throws Exception {
    Response response = target(path).request().get();
    assertEquals(200, response.getStatus(), path);
    assertTrue(response.getMediaType().toString().startsWith("application/atom+xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                response.readEntity(String.class).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void agencyFeedsListTheAgencysNewAndResolvedComplaints() throws Exception {
    String agency =
        column(
                "SELECT a.code FROM complaint_routing r JOIN agency a ON a.id = r.agency_id"
                    + " WHERE r.ended_at IS NULL GROUP BY a.code ORDER BY count(*) DESC LIMIT 1")
            .get(0);
    Set<String> ofAgency =
        new HashSet<>(
            column(
                "SELECT c.reference FROM complaint c JOIN complaint_routing r ON r.complaint_id = c.id"
                    + " JOIN agency a ON a.id = r.agency_id WHERE r.ended_at IS NULL AND a.code = '"
                    + agency
                    + "'"));
    for (String kind : List.of("new", "resolved")) {
      Document feed = atom("v1/feeds/agencies/" + agency + "/" + kind + ".atom");
      assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
      NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
      assertTrue(entries.getLength() > 0 && entries.getLength() <= 50, kind);
      String previous = "9999";
      for (int i = 0; i < entries.getLength(); i++) {
        Element e = (Element) entries.item(i);
        String id = e.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
        String reference = id.substring(id.lastIndexOf(':') + 1);
        assertTrue(ofAgency.contains(reference), reference + " is with " + agency);
        String updated = e.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent();
        assertTrue(updated.compareTo(previous) <= 0, "latest first");
        previous = updated;
      }
    }
    assertEquals(404, target("v1/feeds/agencies/NOPE-1/new.atom").request().get().getStatus());
    Document category =
        atom(
            "v1/feeds/categories/"
                + column("SELECT code FROM category LIMIT 1").get(0)
                + "/new.atom");
    assertEquals("feed", category.getDocumentElement().getLocalName());
  }
}
