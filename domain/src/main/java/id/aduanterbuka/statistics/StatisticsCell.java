package id.aduanterbuka.statistics;

/**
 * The settled figures of a group of complaints — counts, exact working-day histograms, hour
 * sketches, satisfaction — in a form that adds up: the cell of a year is the merge of its months'
 * cells. Rollups store one cell per series and month; {@link #figures} joins a cell with the live
 * {@link OpenComplaints} into {@link ResponseFigures} equal to {@link ResponseFigures#compute}
 * (working days, counts and means exactly; hour percentiles within {@link
 * HoursSketch#RELATIVE_ACCURACY} once more than {@link HoursSketch#EXACT_CAPACITY} values).
 */
public final class StatisticsCell {
  private long received;
  private long rejected;
  private long slaMet;
  private long rerouted;
  private long reopened;
  private long reopenedUnresolved;
  private IntHistogram responseDays = new IntHistogram();
  private IntHistogram resolutionDays = new IntHistogram();
  private HoursSketch responseHours = new HoursSketch();
  private HoursSketch resolutionHours = new HoursSketch();
  private long[] satisfaction = new long[Satisfaction.STARS];

  /** The parts of a stored cell. */
  public record Stored(
      long received,
      long rejected,
      long slaMet,
      long rerouted,
      long reopened,
      long reopenedUnresolved,
      IntHistogram responseDays,
      IntHistogram resolutionDays,
      HoursSketch responseHours,
      HoursSketch resolutionHours,
      Satisfaction satisfaction) {}

  public static StatisticsCell of(Stored s) {
    StatisticsCell c = new StatisticsCell();
    c.received = s.received();
    c.rejected = s.rejected();
    c.slaMet = s.slaMet();
    c.rerouted = s.rerouted();
    c.reopened = s.reopened();
    c.reopenedUnresolved = s.reopenedUnresolved();
    c.responseDays = s.responseDays();
    c.resolutionDays = s.resolutionDays();
    c.responseHours = s.responseHours();
    c.resolutionHours = s.resolutionHours();
    c.satisfaction = s.satisfaction().counts();
    return c;
  }

  public Stored stored() {
    return new Stored(
        received,
        rejected,
        slaMet,
        rerouted,
        reopened,
        reopenedUnresolved,
        responseDays,
        resolutionDays,
        responseHours,
        resolutionHours,
        new Satisfaction(satisfaction));
  }

  public void add(ComplaintFact f) {
    if (!f.counted()) {
      rejected += f.rejected() ? 1 : 0;
      return;
    }
    received++;
    rerouted += f.rerouted() ? 1 : 0;
    reopened += f.reopened() ? 1 : 0;
    reopenedUnresolved += f.reopened() && f.resolutionWorkingDays() == null ? 1 : 0;
    if (f.responseWorkingDays() != null) {
      responseDays.add(f.responseWorkingDays());
      responseHours.add(f.responseHours());
      slaMet += f.responseWorkingDays() <= f.slaWorkingDays() ? 1 : 0;
    }
    if (f.resolutionWorkingDays() != null) {
      resolutionDays.add(f.resolutionWorkingDays());
      resolutionHours.add(f.resolutionHours());
    }
    if (f.satisfaction() != null) {
      satisfaction[Satisfaction.checkStars(f.satisfaction()) - 1]++;
    }
  }

  /** Takes a fact out again: {@code add} then {@code remove} of the same fact changes nothing. */
  public void remove(ComplaintFact f) {
    if (!f.counted()) {
      rejected -= f.rejected() ? 1 : 0;
      return;
    }
    received--;
    rerouted -= f.rerouted() ? 1 : 0;
    reopened -= f.reopened() ? 1 : 0;
    reopenedUnresolved -= f.reopened() && f.resolutionWorkingDays() == null ? 1 : 0;
    if (f.responseWorkingDays() != null) {
      responseDays.remove(f.responseWorkingDays());
      responseHours.remove(f.responseHours());
      slaMet -= f.responseWorkingDays() <= f.slaWorkingDays() ? 1 : 0;
    }
    if (f.resolutionWorkingDays() != null) {
      resolutionDays.remove(f.resolutionWorkingDays());
      resolutionHours.remove(f.resolutionHours());
    }
    if (f.satisfaction() != null) {
      satisfaction[f.satisfaction() - 1]--;
    }
  }

  public void merge(StatisticsCell o) {
    received += o.received;
    rejected += o.rejected;
    slaMet += o.slaMet;
    rerouted += o.rerouted;
    reopened += o.reopened;
    reopenedUnresolved += o.reopenedUnresolved;
    responseDays.merge(o.responseDays);
    resolutionDays.merge(o.resolutionDays);
    responseHours.merge(o.responseHours);
    resolutionHours.merge(o.resolutionHours);
    for (int k = 0; k < satisfaction.length; k++) {
      satisfaction[k] += o.satisfaction[k];
    }
  }

  /** Counted complaints in the cell. */
  public long received() {
    return received;
  }

  public long slaMet() {
    return slaMet;
  }

  /** Working days to first response of the answered complaints, exact. */
  public IntHistogram responseDays() {
    return responseDays;
  }

  public boolean isEmpty() {
    return received == 0 && rejected == 0;
  }

  public ResponseFigures figures(OpenComplaints live) {
    return new ResponseFigures(
        received,
        rejected,
        responseDays.n(),
        resolutionDays.n(),
        live.open(),
        responseHours.summary(),
        responseDays.summary(),
        resolutionHours.summary(),
        resolutionDays.summary(),
        responseDays.n() + live.unansweredPastSla(),
        slaMet,
        rerouted,
        reopened,
        reopenedUnresolved,
        live.backlog(),
        new Satisfaction(satisfaction));
  }
}
