package id.aduanterbuka.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * What resource tests over the demo reference data share: the database, the application with the
 * API's problem mappers, and reading JSON pages and problems.
 */
public final class ApiTesting {
  private ApiTesting() {}

  /**
   * A fresh database with the demo reference data and no complaints: Jawa Tengah's regions,
   * agencies, categories, MPPs and MPP services.
   */
  public static PostgresTestDatabase referenceDatabase() {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 0, ProgressListener.NONE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the demo reference data", e);
    }
    return db;
  }

  /**
   * One resource with the API's JSON writer and exception mappers, and {@code services} for
   * injection.
   */
  public static ResourceConfig application(Class<?> resource, AbstractBinder services) {
    return new ResourceConfig(resource)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(services);
  }

  public static JsonObject json(Response response) {
    return Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
  }

  /** A 200 JSON answer's body. */
  public static JsonObject ok(Response response) {
    assertEquals(200, response.getStatus(), () -> "status; body: " + body(response));
    assertEquals("application/json", response.getMediaType().toString());
    return json(response);
  }

  /** The {@code code} of each item of a page, in order. */
  public static List<String> codes(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("code"))
        .toList();
  }

  /** Every item of a listing, read page by page with the largest page size. */
  public static List<JsonObject> allItems(WebTarget listing) {
    List<JsonObject> items = new ArrayList<>();
    JsonObject page;
    int number = 0;
    do {
      number++;
      page = ok(listing.queryParam("page", number).queryParam("size", 100).request().get());
      page.getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
    } while (number < page.getInt("totalPages"));
    assertEquals(page.getInt("totalItems"), items.size(), "items over all pages");
    return items;
  }

  /** The codes of every item of a listing, in the order served. */
  public static List<String> allCodes(WebTarget listing) {
    return allItems(listing).stream().map(o -> o.getString("code")).toList();
  }

  /**
   * Asserts that the answer is a problem document with this status and, for 400, that it names
   * {@code field}; returns the problem.
   */
  public static JsonObject assertProblem(Response response, int status, String field) {
    assertEquals(status, response.getStatus(), () -> "status; body: " + body(response));
    assertEquals("application/problem+json", response.getMediaType().toString());
    JsonObject problem = json(response);
    assertEquals(status, problem.getInt("status"));
    if (field != null) {
      assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    return problem;
  }

  /** JSON-B leaves null fields out: {@code key} is absent, or present as null. */
  public static boolean hasNoValue(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  private static String body(Response response) {
    response.bufferEntity();
    return response.readEntity(String.class);
  }
}
