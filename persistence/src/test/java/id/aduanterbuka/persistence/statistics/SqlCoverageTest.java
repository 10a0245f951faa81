package id.aduanterbuka.persistence.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.mpp.Mpp;
import id.aduanterbuka.persistence.region.JpaRegionRepository;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.statistics.Coverage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** Coverage from SQL against the domain's own rules applied to the entities. */
class SqlCoverageTest {
  @Test
  void coverageMatchesTheDomainRules() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 0, ProgressListener.NONE);
    }
    EntityManagerFactory emf = db.entityManagerFactory();
    EntityManager em = emf.createEntityManager();
    try {
      var agencies = em.createQuery("SELECT a FROM Agency a", Agency.class).getResultList();
      long withSocial = agencies.stream().filter(Agency::hasActiveSocialChannel).count();
      long regencies = new JpaRegionRepository(em).findByLevel(RegionLevel.REGENCY).size();
      long withMpp =
          em.createQuery("SELECT m FROM Mpp m", Mpp.class).getResultList().stream()
              .map(m -> m.regency().code())
              .distinct()
              .count();

      Coverage coverage = new SqlCoverage(db.dataSource()).coverage();

      assertEquals(new Coverage(agencies.size(), withSocial, regencies, withMpp), coverage);
      assertEquals(35, coverage.regencies());
      assertTrue(coverage.socialChannelShare() > 0 && coverage.socialChannelShare() < 1);
      assertEquals((double) withMpp / 35, coverage.mppShare(), 1e-12);
    } finally {
      em.close();
      emf.close();
    }
  }
}
