package id.aduanterbuka.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.junit.jupiter.api.Test;

/** The persistence unit does not retry reads on a lost connection (3 × 5 s by default). */
class FailFastSessionTest {
  @Test
  void thePersistenceUnitDoesNotRetryQueries() {
    EntityManagerFactory emf = PostgresTestDatabase.create().entityManagerFactory();
    try {
      emf.createEntityManager().close();
      DatabaseLogin login = emf.unwrap(JpaEntityManagerFactory.class).getServerSession().getLogin();
      assertEquals(0, login.getQueryRetryAttemptCount());
      assertEquals(0, login.getDelayBetweenConnectionAttempts());
    } finally {
      emf.close();
    }
  }
}
