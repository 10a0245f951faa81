package id.aduanterbuka.persistence.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final int COMPLAINTS = 2_000;

  // table -> ordering that makes the fingerprint independent of physical row order
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("region", "code");
    TABLES.put("agency", "id");
    TABLES.put("agency_channel", "agency_id, channel_type, handle");
    TABLES.put("category", "id");
    TABLES.put("mpp", "id");
    TABLES.put("mpp_service", "id");
    TABLES.put("mpp_service_offering", "service_id, mpp_id");
    TABLES.put("complaint", "id");
    TABLES.put("complaint_original", "complaint_id");
    TABLES.put("complaint_routing", "id");
    TABLES.put("complaint_event", "id");
  }

  @Test
  void sameSeedGivesIdenticalDatabases() throws SQLException {
    Map<String, String> first = loadAndFingerprint(DemoDataGenerator.DEFAULT_SEED);
    Map<String, String> second = loadAndFingerprint(DemoDataGenerator.DEFAULT_SEED);
    assertEquals(first, second);
  }

  @Test
  void differentSeedGivesDifferentComplaintsButTheSameReferenceData() throws SQLException {
    Map<String, String> first = loadAndFingerprint(1L);
    Map<String, String> other = loadAndFingerprint(2L);
    assertNotEquals(first.get("complaint"), other.get("complaint"));
    assertNotEquals(first.get("complaint_event"), other.get("complaint_event"));
    assertEquals(first.get("agency"), other.get("agency"));
    assertEquals(first.get("mpp_service"), other.get("mpp_service"));
  }

  @Test
  void bulkPathWritesTheSameRowsAndRestoresEveryForeignKey() throws SQLException {
    List<String> perRowPhases = new ArrayList<>();
    List<String> bulkPhases = new ArrayList<>();
    Map<String, String> perRow = loadAndFingerprint(new DemoDataGenerator(7L), perRowPhases::add);
    Map<String, String> bulk = loadAndFingerprint(new DemoDataGenerator(7L, 1), bulkPhases::add);
    assertFalse(perRowPhases.contains(DemoDataGenerator.REFERENCE_CHECK_PHASE));
    assertTrue(bulkPhases.contains(DemoDataGenerator.REFERENCE_CHECK_PHASE));
    assertEquals(perRow, bulk);
    assertEquals(perRow.get("foreign keys"), bulk.get("foreign keys"));
  }

  private static Map<String, String> loadAndFingerprint(long seed) throws SQLException {
    return loadAndFingerprint(new DemoDataGenerator(seed), phase -> {});
  }

  private static Map<String, String> loadAndFingerprint(
      DemoDataGenerator generator, Consumer<String> phases) throws SQLException {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      generator.load(c, COMPLAINTS, (phase, done, total) -> phases.accept(phase));
      Map<String, String> out = new LinkedHashMap<>();
      out.put(
          "foreign keys",
          String.join(
              "\n",
              SeedQueries.strings(
                  c,
                  "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                      + " || ' ' || convalidated FROM pg_constraint WHERE contype = 'f'"
                      + " ORDER BY 1")));
      try (Statement s = c.createStatement()) {
        for (Map.Entry<String, String> t : TABLES.entrySet()) {
          String sql =
              "SELECT count(*) || ':' || md5(string_agg(t::text, E'\\n' ORDER BY "
                  + t.getValue()
                  + ")) FROM "
                  + t.getKey()
                  + " t";
          try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            out.put(t.getKey(), rs.getString(1));
          }
        }
      }
      return out;
    }
  }
}
