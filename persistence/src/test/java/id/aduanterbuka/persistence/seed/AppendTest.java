package id.aduanterbuka.persistence.seed;

import static id.aduanterbuka.persistence.seed.SeedQueries.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendTest {

  @Test
  void aSecondLoadAppendsComplaintsAndKeepsTheReferenceData() throws SQLException {
    try (Connection c = PostgresTestDatabase.create().connection()) {
      assertTrue(DemoDataGenerator.isEmpty(c));
      DemoDataGenerator generator = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED);
      SeedSummary first = generator.load(c, 500, ProgressListener.NONE);
      assertFalse(DemoDataGenerator.isEmpty(c));
      long regions = count(c, "SELECT count(*) FROM region");
      long agencies = count(c, "SELECT count(*) FROM agency");
      long services = count(c, "SELECT count(*) FROM mpp_service");
      long events = count(c, "SELECT count(*) FROM complaint_event");

      List<String> phases = new ArrayList<>();
      SeedSummary second =
          generator.load(
              c, 700, (phase, done, total) -> phases.add(phase + " " + done + "/" + total));

      assertEquals(500, first.complaintsAdded());
      assertEquals(700, second.complaintsAdded());
      assertTrue(first.agencies() > 0);
      assertEquals(
          0,
          second.regions()
              + second.agencies()
              + second.categories()
              + second.mpps()
              + second.mppServices());
      assertEquals(regions, count(c, "SELECT count(*) FROM region"));
      assertEquals(agencies, count(c, "SELECT count(*) FROM agency"));
      assertEquals(services, count(c, "SELECT count(*) FROM mpp_service"));
      assertEquals(1200, count(c, "SELECT count(*) FROM complaint"));
      assertEquals(1200, count(c, "SELECT count(DISTINCT reference) FROM complaint"));
      assertTrue(count(c, "SELECT count(*) FROM complaint_event") > events);
      assertEquals(List.of("complaints 0/700", "complaints 700/700"), phases);
      // The appended batch is not a copy of the first one.
      assertTrue(count(c, "SELECT count(DISTINCT published_text) FROM complaint") > 900);
      // Identity sequences were moved past the explicit ids, so ordinary inserts still work.
      assertEquals(1201, count(c, "SELECT nextval(pg_get_serial_sequence('complaint', 'id'))"));
      assertTrue(
          count(c, "SELECT nextval(pg_get_serial_sequence('complaint_event', 'id'))")
              > count(c, "SELECT max(id) FROM complaint_event"));
      assertTrue(c.getAutoCommit(), "autocommit restored");
    }
  }

  @Test
  void referenceDataAloneWhenNoComplaintsAreAsked() throws SQLException {
    try (Connection c = PostgresTestDatabase.create().connection()) {
      List<String> phases = new ArrayList<>();
      SeedSummary summary =
          new DemoDataGenerator(1).load(c, 0, (phase, done, total) -> phases.add(phase));
      assertEquals(0, summary.complaintsAdded());
      assertEquals(0, count(c, "SELECT count(*) FROM complaint"));
      assertTrue(phases.contains(ReferenceLoader.PHASE));
      assertEquals(summary.categories(), count(c, "SELECT count(*) FROM category"));
    }
  }
}
