package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked cases: every number below was computed on paper from the fixtures. */
class ResponseFiguresTest {
  private final WorkingCalendar calendar = new WorkingCalendar(List.of());

  private static Instant at(int day, int hour) {
    // March 2024: the 4th is a Monday.
    return ZonedDateTime.of(2024, 3, day, hour, 0, 0, 0, WorkingCalendar.WIB).toInstant();
  }

  private static ComplaintClock.Event e(EventType type, Instant at) {
    return new ComplaintClock.Event(type, at);
  }

  @Test
  void percentilesInterpolateBetweenClosestRanks() {
    Summary s = Summary.of(new double[] {4, 1, 3, 2});
    assertEquals(4, s.n());
    assertEquals(2.5, s.median(), 1e-9);
    assertEquals(3.7, s.p90(), 1e-9);
    assertEquals(2.5, s.mean(), 1e-9);
    assertEquals(Summary.EMPTY, Summary.of(new double[0]));
  }

  @Test
  void theClocksFollowTheTimeline() {
    Instant received = at(4, 9);
    ComplaintClock clock =
        ComplaintClock.of(
            received,
            ComplaintStatus.RESOLVED,
            List.of(
                e(EventType.RECEIVED, received),
                e(EventType.ROUTED, at(4, 10)),
                e(EventType.RESPONDED, at(5, 9)),
                e(EventType.RESOLVED, at(6, 9)),
                e(EventType.REOPENED, at(7, 9)),
                e(EventType.RESOLVED, at(11, 9))),
            1,
            14);

    assertEquals(at(5, 9), clock.firstResponseAt());
    assertEquals(at(11, 9), clock.resolvedAt(), "the last resolution counts after a reopening");
    assertEquals(true, clock.reopened());
  }

  @Test
  void figuresOfASmallGroupWorkedByHand() {
    Instant asOf = at(29, 12); // Friday 29 March
    List<ComplaintClock> clocks =
        List.of(
            // answered next day (1 wd, 24 h), resolved on Friday 8th (4 wd)
            ComplaintClock.of(
                at(4, 9),
                ComplaintStatus.RESOLVED,
                List.of(e(EventType.RESPONDED, at(5, 9)), e(EventType.RESOLVED, at(8, 9))),
                0,
                5),
            // answered after 7 wd (Mon 4 → Wed 13), SLA 5: late; still in progress
            ComplaintClock.of(
                at(4, 9),
                ComplaintStatus.IN_PROGRESS,
                List.of(e(EventType.IN_PROGRESS, at(13, 9))),
                1,
                5),
            // never answered, received Mon 4, SLA 14: 19 wd by the 29th → decided, not met; open
            ComplaintClock.of(at(4, 9), ComplaintStatus.ROUTED, List.of(), 0, 14),
            // never answered, received Wed 27, SLA 14: not decided yet; open, 2 wd old
            ComplaintClock.of(at(27, 9), ComplaintStatus.ROUTED, List.of(), 0, 14),
            // rejected: reported, in no other figure
            ComplaintClock.of(
                at(5, 9),
                ComplaintStatus.REJECTED,
                List.of(e(EventType.REJECTED, at(5, 10))),
                0,
                14));

    ResponseFigures f = ResponseFigures.compute(clocks, calendar, asOf);

    assertEquals(4, f.received());
    assertEquals(1, f.rejected());
    assertEquals(2, f.answered());
    assertEquals(1, f.resolved());
    assertEquals(3, f.open());
    assertEquals(4.0, f.firstResponseWorkingDays().median(), 1e-9); // (1 + 7) / 2
    assertEquals(1 + 0.9 * 6, f.firstResponseWorkingDays().p90(), 1e-9);
    assertEquals((24 + 216) / 2.0, f.firstResponseHours().mean(), 1e-9);
    assertEquals(4.0, f.resolutionWorkingDays().median(), 1e-9);
    assertEquals(3, f.slaDecided());
    assertEquals(1, f.slaMet());
    assertEquals(1.0 / 3, f.slaCompliance(), 1e-9);
    assertEquals(0.25, f.resolutionRate(), 1e-9);
    assertEquals(1, f.rerouted());
    assertEquals(1L, f.backlog().get(BacklogBucket.UP_TO_5)); // received Wed 27: 2 wd
    assertEquals(0L, f.backlog().get(BacklogBucket.FROM_6_TO_14));
    assertEquals(2L, f.backlog().get(BacklogBucket.FROM_15_TO_60)); // both from Mon 4: 19 wd
    assertEquals(0L, f.backlog().get(BacklogBucket.OVER_60));
  }

  @Test
  void anEmptyGroupHasNoRatesOrMedians() {
    ResponseFigures f = ResponseFigures.compute(List.of(), calendar, at(29, 12));
    assertEquals(0, f.received());
    assertNull(f.slaCompliance());
    assertNull(f.resolutionRate());
    assertNull(f.reopenRate());
    assertNull(f.firstResponseHours().median());
  }

  @Test
  void satisfactionCountsTheRatingsOfCountedComplaints() {
    Instant received = at(4, 9);
    List<ComplaintClock.Event> resolved =
        List.of(e(EventType.RESPONDED, at(5, 9)), e(EventType.RESOLVED, at(6, 9)));
    List<ComplaintClock> clocks =
        List.of(
            ComplaintClock.of(received, ComplaintStatus.RESOLVED, resolved, 0, 14)
                .withSatisfaction(5),
            ComplaintClock.of(received, ComplaintStatus.CLOSED, resolved, 0, 14)
                .withSatisfaction(2),
            ComplaintClock.of(received, ComplaintStatus.CLOSED, resolved, 0, 14),
            ComplaintClock.of(received, ComplaintStatus.REJECTED, List.of(), 0, 14)
                .withSatisfaction(1));

    Satisfaction s = ResponseFigures.compute(clocks, calendar, at(29, 12)).satisfaction();

    assertEquals(2, s.n(), "the unrated and the rejected complaint are not in it");
    assertEquals(3.5, s.mean(), 1e-12);
    assertEquals(1, s.count(5));
    assertEquals(1, s.count(2));
    assertNull(Satisfaction.none().mean());
  }
}
