package id.aduanterbuka.mpp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** When an MPP is open on one day of the week (Jumat hours are usually shorter). */
@Embeddable
public class OpeningHours {
  @Column(name = "day_of_week", nullable = false)
  private int dayOfWeek;

  @Column(name = "opens", nullable = false)
  private LocalTime opens;

  @Column(name = "closes", nullable = false)
  private LocalTime closes;

  protected OpeningHours() {}

  public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    Objects.requireNonNull(day, "day");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException(day + ": opening " + opens + " is not before " + closes);
    }
    this.dayOfWeek = day.getValue();
    this.opens = opens;
    this.closes = closes;
  }

  public DayOfWeek day() {
    return DayOfWeek.of(dayOfWeek);
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }
}
