package id.aduanterbuka.api.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class RequestStatusTest {
  @Test
  void everyPublicStatusIsExactlyOneOfOpenAndClosed() {
    for (ComplaintStatus status : ComplaintStatus.values()) {
      int in =
          (RequestStatus.OPEN.statuses().contains(status) ? 1 : 0)
              + (RequestStatus.CLOSED.statuses().contains(status) ? 1 : 0);
      assertEquals(status.isPublic() ? 1 : 0, in, status.name());
    }
  }

  @Test
  void openIsStillExpectedToActAndClosedIsResolved() {
    assertEquals(RequestStatus.OPEN, RequestStatus.of("RESPONDED"));
    assertEquals(RequestStatus.OPEN, RequestStatus.of("VERIFIED"));
    assertEquals(RequestStatus.CLOSED, RequestStatus.of("RESOLVED"));
    assertEquals(RequestStatus.CLOSED, RequestStatus.of("CLOSED"));
    RequestStatus.OPEN.statuses().forEach(s -> assertTrue(s.isOpen()));
    RequestStatus.CLOSED.statuses().forEach(s -> assertTrue(s.countsAsResolved()));
  }

  @Test
  void readsTheSpecsValuesInAnyCase() {
    assertEquals(RequestStatus.OPEN, RequestStatus.parse("status", "open"));
    assertEquals(RequestStatus.CLOSED, RequestStatus.parse("status", "Closed"));
    assertEquals(
        "status",
        assertThrows(InvalidValueException.class, () -> RequestStatus.parse("status", "maybe"))
            .field());
  }
}
