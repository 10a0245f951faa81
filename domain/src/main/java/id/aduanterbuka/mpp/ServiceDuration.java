package id.aduanterbuka.mpp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** How long a service takes by its service standard, e.g. 15 minutes or 3 working days. */
@Embeddable
public class ServiceDuration {
  @Column(name = "duration_amount", nullable = false)
  private int amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "duration_unit", nullable = false, length = 16)
  private DurationUnit unit;

  protected ServiceDuration() {}

  public ServiceDuration(int amount, DurationUnit unit) {
    if (amount < 1) {
      throw new IllegalArgumentException("a service duration is at least 1, was " + amount);
    }
    this.amount = amount;
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  public int amount() {
    return amount;
  }

  public DurationUnit unit() {
    return unit;
  }
}
