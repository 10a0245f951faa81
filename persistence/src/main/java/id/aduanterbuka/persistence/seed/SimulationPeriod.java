package id.aduanterbuka.persistence.seed;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The fixed three years the demo covers, 1 October 2022 to 30 September 2025 in Jakarta time, and
 * the rhythms inside them: more reports each year, fewer at weekends and at night, and agencies
 * acting in office hours. Times are epoch seconds; nothing here reads the clock.
 */
final class SimulationPeriod {
  static final ZoneOffset JAKARTA = ZoneOffset.ofHours(7);
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 10, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 9, 30);

  /** First instant of the period. */
  static final long START = FIRST_DAY.atStartOfDay().toEpochSecond(JAKARTA);

  /** First instant after the period; nothing may happen at or after it. */
  static final long END = LAST_DAY.plusDays(1).atStartOfDay().toEpochSecond(JAKARTA);

  static final long HOUR = 3600;
  static final long DAY = 24 * HOUR;

  private static final int DAYS = (int) ((END - START) / DAY);

  // Reports per hour of day: a morning peak, a lunchtime dip, an evening peak after work.
  private static final double[] HOUR_WEIGHTS = {
    0.3, 0.2, 0.15, 0.15, 0.3, 0.8, 1.6, 2.6, 3.6, 4.2, 4.4, 4.0, 3.2, 3.6, 3.8, 3.5, 3.0, 2.6, 2.8,
    3.4, 3.6, 3.0, 2.0, 0.9,
  };

  private final double[] dayCumulative = new double[DAYS];
  private final double[] hourCumulative = new double[24];
  private final int[] monthOfDay = new int[DAYS];
  private final int[] yearOfDay = new int[DAYS];

  SimulationPeriod() {
    double sum = 0;
    for (int d = 0; d < DAYS; d++) {
      LocalDate date = FIRST_DAY.plusDays(d);
      boolean weekend = date.getDayOfWeek().getValue() >= 6;
      // Portals grow: the last year brings about 60% more reports than the first.
      sum += (1 + 0.6 * d / DAYS) * (weekend ? 0.6 : 1);
      dayCumulative[d] = sum;
      monthOfDay[d] = date.getMonthValue();
      yearOfDay[d] = date.getYear();
    }
    sum = 0;
    for (int h = 0; h < 24; h++) {
      sum += HOUR_WEIGHTS[h];
      hourCumulative[h] = sum;
    }
  }

  /** A day index within the period, weighted by growth and weekday. */
  int sampleDay(SplittableRandom rnd) {
    return Weighted.pick(dayCumulative, rnd);
  }

  /** An instant on day {@code day}, weighted by the hour-of-day rhythm. */
  long sampleTime(int day, SplittableRandom rnd) {
    int hour = Weighted.pick(hourCumulative, rnd);
    return START + day * DAY + hour * HOUR + rnd.nextInt(3600);
  }

  int month(int day) {
    return monthOfDay[day];
  }

  int year(int day) {
    return yearOfDay[day];
  }

  /**
   * Moves {@code t} into office hours (Monday to Friday, 07:30–16:00) with probability {@code
   * share}; the rest stays as is, like answers posted from a phone in the evening.
   */
  static long officeHours(long t, double share, SplittableRandom rnd) {
    if (rnd.nextDouble() >= share) {
      return t;
    }
    long local = t + JAKARTA.getTotalSeconds();
    long day = Math.floorDiv(local, DAY);
    long second = local - day * DAY;
    long opens = 7 * HOUR + 30 * 60;
    if (second >= 16 * HOUR) {
      day++;
      second = -1;
    }
    // 1970-01-01 was a Thursday: (day + 3) % 7 gives 0 for Monday ... 6 for Sunday.
    int weekday = Math.floorMod(day + 3, 7);
    if (weekday >= 5) {
      day += 7 - weekday;
      second = -1;
    }
    if (second < opens) {
      second = opens + rnd.nextInt(3 * 3600);
    }
    return day * DAY + second - JAKARTA.getTotalSeconds();
  }

  /** A log-normally distributed duration in seconds with the given median (hours) and spread. */
  static long lognormalHours(double medianHours, double sigma, SplittableRandom rnd) {
    double z = gaussian(rnd);
    double hours = medianHours * StrictMath.exp(sigma * z);
    return Math.max(60, (long) (Math.min(hours, 24 * 400) * HOUR));
  }

  // Box–Muller with StrictMath, so the same seed gives the same data on every JDK and CPU.
  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }
}
