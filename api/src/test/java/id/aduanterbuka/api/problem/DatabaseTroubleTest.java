package id.aduanterbuka.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database that cannot answer — refused connection, query cancelled by {@code statement_timeout}
 * — is a 503 with {@code Retry-After}, through the real PostgreSQL driver; any other SQL error
 * stays a 500 that shows nothing of it.
 */
class DatabaseTroubleTest extends JerseyTest {
  private static PostgresTestDatabase db;
  private static DataSource unreachable;

  /** Runs SQL the way our stores do: an SQLException wrapped in an IllegalStateException. */
  @Path("sql")
  public static class SqlResource {
    @GET
    @Path("{case}")
    public String run(@PathParam("case") String which) {
      DataSource ds = which.equals("refused") ? unreachable : db.dataSource();
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        switch (which) {
          case "timeout" -> {
            s.execute("SET statement_timeout = 50");
            s.execute("SELECT pg_sleep(2)");
          }
          case "syntax" -> s.execute("SELEKT secret_column FROM complaint_original");
          default -> s.execute("SELECT 1");
        }
        return "ok";
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read", e);
      }
    }
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    return new ResourceConfig(SqlResource.class).register(ProblemMappers.Unexpected.class);
  }

  @BeforeEach
  @Override
  public void setUp() throws Exception {
    db = PostgresTestDatabase.create();
    PGSimpleDataSource refused = new PGSimpleDataSource();
    refused.setServerNames(new String[] {"127.0.0.1"});
    refused.setPortNumbers(new int[] {freePort()});
    refused.setDatabaseName("aduan");
    refused.setConnectTimeout(2);
    unreachable = refused;
    super.setUp();
  }

  @AfterEach
  @Override
  public void tearDown() throws Exception {
    super.tearDown();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort(); // closed again: nothing listens there
    }
  }

  private Response get(String which) {
    return target("sql/" + which).request().get();
  }

  @Test
  void aRefusedConnectionIsA503WithRetryAfter() {
    Response r = get("refused");
    String body = r.readEntity(String.class);

    assertEquals(503, r.getStatus(), body);
    assertEquals("5", r.getHeaderString("Retry-After"));
    assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
    assertTrue(body.contains("\"status\":503"), body);
    assertFalse(body.contains("127.0.0.1") || body.contains("Connection"), body);
  }

  @Test
  void aQueryCancelledByTheStatementTimeoutIsA503() {
    Response r = get("timeout");

    assertEquals(503, r.getStatus());
    assertEquals("5", r.getHeaderString("Retry-After"));
    assertFalse(r.readEntity(String.class).contains("statement timeout"));
  }

  @Test
  void anyOtherSqlErrorIsA500ThatShowsNothingOfIt() {
    Response r = get("syntax");
    String body = r.readEntity(String.class);

    assertEquals(500, r.getStatus());
    assertNull(r.getHeaderString("Retry-After"));
    assertFalse(body.contains("SELEKT") || body.contains("secret_column"), body);
    assertEquals("ok", get("fine").readEntity(String.class));
  }
}
