package id.aduanterbuka.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintStatusTest {
  @Test
  void unverifiedAndRejectedComplaintsAreNeverPublic() {
    assertFalse(ComplaintStatus.RECEIVED.isPublic());
    assertFalse(ComplaintStatus.REJECTED.isPublic());
    assertEquals(
        EnumSet.of(
            ComplaintStatus.VERIFIED,
            ComplaintStatus.ROUTED,
            ComplaintStatus.RESPONDED,
            ComplaintStatus.IN_PROGRESS,
            ComplaintStatus.RESOLVED,
            ComplaintStatus.CLOSED),
        EnumSet.copyOf(
            java.util.Arrays.stream(ComplaintStatus.values())
                .filter(ComplaintStatus::isPublic)
                .toList()));
  }

  @ParameterizedTest
  @EnumSource(ComplaintStatus.class)
  void aComplaintIsNeverBothOpenAndResolved(ComplaintStatus status) {
    assertFalse(status.isOpen() && status.countsAsResolved());
  }

  @Test
  void onlyResolvedAndClosedCountAsResolved() {
    assertEquals(
        EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED),
        EnumSet.copyOf(
            java.util.Arrays.stream(ComplaintStatus.values())
                .filter(ComplaintStatus::countsAsResolved)
                .toList()));
  }

  @Test
  void rejectedIsTerminal() {
    for (EventType event : EventType.values()) {
      assertFalse(ComplaintStatus.REJECTED.allows(event), "REJECTED allows " + event);
    }
  }

  @Test
  void reopeningSendsAResolvedComplaintBackToTheAgency() {
    assertEquals(ComplaintStatus.ROUTED, ComplaintStatus.CLOSED.after(EventType.REOPENED));
    assertTrue(ComplaintStatus.CLOSED.after(EventType.REOPENED).isOpen());
  }

  @Test
  void forbiddenTransitionsNameBothEnds() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> ComplaintStatus.RECEIVED.after(EventType.RESOLVED));
    assertTrue(e.getMessage().contains("RECEIVED") && e.getMessage().contains("RESOLVED"));
    assertThrows(IllegalStateException.class, () -> ComplaintStatus.ROUTED.after(EventType.CLOSED));
    assertThrows(
        IllegalStateException.class, () -> ComplaintStatus.RESOLVED.after(EventType.REJECTED));
  }

  @Test
  void agencyResponsesAreTheEventsThatStopTheFirstResponseClock() {
    assertEquals(
        EnumSet.of(EventType.RESPONDED, EventType.IN_PROGRESS, EventType.RESOLVED),
        EnumSet.copyOf(
            java.util.Arrays.stream(EventType.values())
                .filter(EventType::isAgencyResponse)
                .toList()));
  }
}
