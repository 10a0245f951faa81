package id.aduanterbuka.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADUAN_INTAKE_IDEMPOTENCY_HOURS: how long an idempotency key is remembered. */
class IdempotencyRetentionTest {
  @Test
  void theDefaultIs48Hours() {
    assertEquals(Duration.ofHours(48), Intake.idempotencyRetention(Map.of()));
    assertEquals(
        Duration.ofHours(48), Intake.idempotencyRetention(Map.of(Intake.IDEMPOTENCY_HOURS, " ")));
  }

  @Test
  void theSettingIsWholeHours() {
    assertEquals(
        Duration.ofHours(6), Intake.idempotencyRetention(Map.of(Intake.IDEMPOTENCY_HOURS, " 6 ")));
  }

  @Test
  void aRetentionBelowAnHourOrNotANumberStopsTheStart() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Intake.idempotencyRetention(Map.of(Intake.IDEMPOTENCY_HOURS, "0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Intake.idempotencyRetention(Map.of(Intake.IDEMPOTENCY_HOURS, "2d")));
  }
}
