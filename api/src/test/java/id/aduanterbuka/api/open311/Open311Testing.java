package id.aduanterbuka.api.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.api.http.UnknownParameterFilter;
import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.persistence.category.JpaCategoryRepository;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the Open311 resource tests share: the application, SQL checks, reading JSON and XML. */
final class Open311Testing {
  /** The gate every public query applies, as SQL over {@code complaint c}. */
  static final String PUBLISHED =
      " FROM complaint c WHERE c.publication = 'PUBLISHED'"
          + " AND c.status NOT IN ('RECEIVED', 'REJECTED')";

  static final String JSON_TYPE = "application/json;charset=utf-8";
  static final String XML_TYPE = "text/xml;charset=utf-8";

  private Open311Testing() {}

  /**
   * The Open311 resource over {@code db} with the API's problem mappers and the filter that refuses
   * undeclared query parameters.
   */
  static ResourceConfig application(PostgresTestDatabase db, EntityManager em) {
    CategoryDirectory categories = new CategoryDirectory(new JpaCategoryRepository(em));
    PublicComplaints complaints =
        new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    EvidencePhotos photos = new EvidencePhotos(new JdbcPhotoStore(db.dataSource()));
    return ApiTesting.application(
            GeoReportResource.class,
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(categories).to(CategoryDirectory.class);
                bind(complaints).to(PublicComplaints.class);
                bind(photos).to(EvidencePhotos.class);
              }
            })
        .register(UnknownParameterFilter.class);
  }

  static long count(PostgresTestDatabase db, String sql) throws SQLException {
    return Long.parseLong(strings(db, sql).get(0));
  }

  /** The first column of every row. */
  static List<String> strings(PostgresTestDatabase db, String sql) throws SQLException {
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

  /** A 200 JSON array answer. */
  static JsonArray jsonArray(Response response) {
    String body = response.readEntity(String.class);
    assertEquals(200, response.getStatus(), body);
    assertEquals(JSON_TYPE, response.getMediaType().toString());
    return Json.createReader(new StringReader(body)).readArray();
  }

  /** A 200 XML answer, parsed without namespaces and refusing any DOCTYPE. */
  static Document xml(Response response) {
    byte[] body = response.readEntity(byte[].class);
    assertEquals(200, response.getStatus(), () -> new String(body));
    assertEquals(XML_TYPE, response.getMediaType().toString());
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
      assertEquals("UTF-8", document.getXmlEncoding());
      return document;
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + new String(body), e);
    }
  }

  /** The child elements of {@code parent}, in order. */
  static List<Element> children(Node parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  /**
   * An XML element's children as name → text, nested elements as maps: what the Spark convention
   * maps to a JSON object, with an empty element standing for null.
   */
  static Map<String, Object> fields(Element element) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Element child : children(element)) {
      fields.put(
          child.getTagName(), children(child).isEmpty() ? child.getTextContent() : fields(child));
    }
    return fields;
  }

  /** A JSON object as {@link #fields(Element)} reads XML: values as text, null as empty. */
  static Map<String, Object> fields(JsonObject object) {
    Map<String, Object> fields = new LinkedHashMap<>();
    object.forEach(
        (key, value) ->
            fields.put(
                key,
                switch (value.getValueType()) {
                  case NULL -> "";
                  case STRING -> object.getString(key);
                  case OBJECT -> fields(value.asJsonObject());
                  default -> value.toString();
                }));
    return fields;
  }

  /** Whether {@code object} has {@code key} with a non-null value. */
  static boolean present(JsonObject object, String key) {
    return object.containsKey(key) && object.get(key) != JsonValue.NULL;
  }
}
