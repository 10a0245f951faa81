package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Cells merged from any partition of a group, joined with the live open complaints, give the
 * figures {@link ResponseFigures#compute} gives for the whole group.
 */
class StatisticsCellTest {
  private final WorkingCalendar calendar =
      new WorkingCalendar(List.of(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 11)));
  private final Instant asOf = Instant.parse("2024-07-01T03:00:00Z");

  private List<ComplaintClock> clocks(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<ComplaintClock> clocks = new ArrayList<>();
    ComplaintStatus[] statuses = ComplaintStatus.values();
    for (int i = 0; i < n; i++) {
      Instant received = Instant.parse("2024-03-01T00:00:00Z").plusSeconds(rnd.nextLong(9_000_000));
      ComplaintStatus status = statuses[rnd.nextInt(statuses.length)];
      List<ComplaintClock.Event> timeline = new ArrayList<>();
      timeline.add(new ComplaintClock.Event(EventType.RECEIVED, received));
      Instant t = received;
      if (status != ComplaintStatus.RECEIVED
          && status != ComplaintStatus.VERIFIED
          && status != ComplaintStatus.REJECTED
          && rnd.nextInt(4) > 0) {
        t = t.plus(Duration.ofMinutes(rnd.nextLong(1, 60 * 24 * 40)));
        timeline.add(new ComplaintClock.Event(EventType.RESPONDED, t));
        if (status.countsAsResolved()) {
          if (rnd.nextInt(5) == 0) {
            t = t.plus(Duration.ofHours(rnd.nextLong(1, 200)));
            timeline.add(new ComplaintClock.Event(EventType.RESOLVED, t));
            timeline.add(new ComplaintClock.Event(EventType.REOPENED, t.plusSeconds(60)));
            t = t.plusSeconds(120);
          }
          t = t.plus(Duration.ofHours(rnd.nextLong(1, 900)));
          timeline.add(new ComplaintClock.Event(EventType.RESOLVED, t));
        }
      }
      Integer stars = status.countsAsResolved() && rnd.nextBoolean() ? 1 + rnd.nextInt(5) : null;
      int sla = new int[] {5, 14, 60}[rnd.nextInt(3)];
      clocks.add(
          ComplaintClock.of(received, status, timeline, rnd.nextInt(8) == 0 ? 1 : 0, sla)
              .withSatisfaction(stars));
    }
    return clocks;
  }

  private OpenComplaints live(List<ComplaintClock> clocks) {
    long open = 0;
    long pastSla = 0;
    Map<BacklogBucket, Long> backlog = OpenComplaints.emptyBacklog();
    for (ComplaintClock c : clocks) {
      if (!c.counts()) {
        continue;
      }
      int age = calendar.workingDaysBetween(c.receivedAt(), asOf);
      if (c.status().isOpen()) {
        open++;
        backlog.merge(BacklogBucket.of(age), 1L, Long::sum);
      }
      if (!c.isAnswered() && age > c.slaWorkingDays()) {
        pastSla++;
      }
    }
    return new OpenComplaints(open, backlog, pastSla);
  }

  @Test
  void mergedCellsGiveTheFiguresOfTheWholeGroup() {
    for (int n : new int[] {0, 7, 120, 3_000}) {
      List<ComplaintClock> clocks = clocks(n, n);
      StatisticsCell[] parts = {new StatisticsCell(), new StatisticsCell(), new StatisticsCell()};
      for (int i = 0; i < clocks.size(); i++) {
        parts[i % 3].add(ComplaintFact.of(clocks.get(i), calendar));
      }
      StatisticsCell merged = new StatisticsCell();
      for (StatisticsCell p : parts) {
        merged.merge(StatisticsCell.of(p.stored()));
      }
      ResponseFigures expected = ResponseFigures.compute(clocks, calendar, asOf);
      ResponseFigures actual = merged.figures(live(clocks));
      boolean exactHours = expected.firstResponseHours().n() <= HoursSketch.EXACT_CAPACITY;
      assertFigures(expected, actual, exactHours ? 1e-9 : HoursSketch.RELATIVE_ACCURACY, "n=" + n);
    }
  }

  @Test
  void removingFactsUndoesAddingThem() {
    List<ComplaintClock> kept = clocks(300, 11);
    List<ComplaintClock> passing = clocks(200, 12);
    StatisticsCell cell = new StatisticsCell();
    kept.forEach(c -> cell.add(ComplaintFact.of(c, calendar)));
    passing.forEach(c -> cell.add(ComplaintFact.of(c, calendar)));
    passing.forEach(c -> cell.remove(ComplaintFact.of(c, calendar)));

    ResponseFigures expected = ResponseFigures.compute(kept, calendar, asOf);
    assertFigures(expected, cell.figures(live(kept)), HoursSketch.RELATIVE_ACCURACY, "removed");
    StatisticsCell small = new StatisticsCell();
    ComplaintFact one = ComplaintFact.of(kept.get(0), calendar);
    small.add(one);
    small.remove(one);
    org.junit.jupiter.api.Assertions.assertTrue(small.isEmpty());
  }

  /** Everything equal; hour percentiles within {@code hourTolerance} relative. */
  static void assertFigures(
      ResponseFigures expected, ResponseFigures actual, double hourTolerance, String what) {
    assertEquals(expected.received(), actual.received(), what);
    assertEquals(expected.rejected(), actual.rejected(), what);
    assertEquals(expected.answered(), actual.answered(), what);
    assertEquals(expected.resolved(), actual.resolved(), what);
    assertEquals(expected.open(), actual.open(), what);
    assertEquals(expected.firstResponseWorkingDays(), actual.firstResponseWorkingDays(), what);
    assertEquals(expected.resolutionWorkingDays(), actual.resolutionWorkingDays(), what);
    assertHours(expected.firstResponseHours(), actual.firstResponseHours(), hourTolerance, what);
    assertHours(expected.resolutionHours(), actual.resolutionHours(), hourTolerance, what);
    assertEquals(expected.slaDecided(), actual.slaDecided(), what);
    assertEquals(expected.slaMet(), actual.slaMet(), what);
    assertEquals(expected.rerouted(), actual.rerouted(), what);
    assertEquals(expected.reopened(), actual.reopened(), what);
    assertEquals(expected.reopenedUnresolved(), actual.reopenedUnresolved(), what);
    assertEquals(expected.backlog(), actual.backlog(), what);
    assertEquals(expected.satisfaction(), actual.satisfaction(), what);
  }

  private static void assertHours(Summary expected, Summary actual, double tolerance, String what) {
    assertEquals(expected.n(), actual.n(), what);
    if (expected.n() > 0) {
      assertEquals(expected.median(), actual.median(), expected.median() * tolerance + 1e-9, what);
      assertEquals(expected.p90(), actual.p90(), expected.p90() * tolerance + 1e-9, what);
      assertEquals(expected.mean(), actual.mean(), expected.mean() * 1e-9, what);
    }
  }
}
