package id.aduanterbuka.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The source pair of a submission: the natural key a resend is found by. */
class ComplaintSubmissionTest {
  private static ComplaintSubmission from(String sourceSystem, String sourceId) {
    return new ComplaintSubmission(
        IntakeChannel.WEB,
        "jalan-rusak",
        null,
        null,
        "Jalan berlubang.",
        null,
        null,
        null,
        sourceSystem,
        sourceId);
  }

  private static String refusedField(String sourceSystem, String sourceId) {
    return assertThrows(InvalidValueException.class, () -> from(sourceSystem, sourceId)).field();
  }

  @Test
  void aSystemAndAnIdAreASourceKey() {
    assertTrue(from("lapor-sp4n", " LPR-1 ").hasSourceKey());
    assertEquals("LPR-1", from("lapor-sp4n", " LPR-1 ").sourceId());
  }

  @Test
  void aSystemAloneIsOnlyAudited() {
    assertFalse(from("open311", null).hasSourceKey());
  }

  @Test
  void anIdWithoutItsSystemIsRefused() {
    assertEquals("sourceSystem", refusedField(null, "LPR-1"));
  }

  @Test
  void theSystemIsANameAsImportsWriteIt() {
    assertEquals("sourceSystem", refusedField("lapor sp4n", "1"));
    assertEquals("sourceSystem", refusedField("x".repeat(41), "1"));
  }

  @Test
  void theIdFitsTheColumn() {
    assertEquals("sourceId", refusedField("sipp", "9".repeat(101)));
  }
}
