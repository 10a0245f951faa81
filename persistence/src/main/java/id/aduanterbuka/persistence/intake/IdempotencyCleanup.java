package id.aduanterbuka.persistence.intake;

import id.aduanterbuka.intake.Intake;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes expired intake idempotency records ({@code ADUAN_INTAKE_IDEMPOTENCY_HOURS}, default 48):
 * once at start-up, after the migrations, and then every hour. Expired records are never answered
 * from even before they are deleted ({@link Intake}); this only keeps the table small.
 *
 * <p>An EJB timer rather than a managed executor: {@code @Schedule} needs no code to start or stop
 * it, and a non-persistent timer is local to this instance, which is all a clean-up needs.
 */
@Singleton
@Startup
@DependsOn("StartupTasks")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyCleanup {
  private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class.getName());

  @Inject Intake intake;

  @PostConstruct
  void atStart() {
    run();
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  void hourly() {
    run();
  }

  private void run() {
    try {
      int deleted = intake.forgetExpiredClaims();
      if (deleted > 0) {
        LOG.info(() -> "Deleted " + deleted + " expired intake idempotency records.");
      }
    } catch (RuntimeException e) {
      // A failed clean-up must not stop the deployment or the timer; the next hour tries again.
      LOG.log(Level.WARNING, "Cannot delete expired intake idempotency records", e);
    }
  }
}
