package id.aduanterbuka.web.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComplaintPageTest {
  private static final Instant RECEIVED = Instant.parse("2025-03-01T02:00:00Z");

  @Test
  void handlingTimesAreInDaysWithFractions() {
    assertEquals(1.5, ComplaintPage.days(RECEIVED, Instant.parse("2025-03-02T14:00:00Z")));
  }

  @Test
  void aMissingOrEarlierEndHasNoTime() {
    assertNull(ComplaintPage.days(RECEIVED, null));
    assertNull(ComplaintPage.days(RECEIVED, RECEIVED.minusSeconds(60)));
  }
}
