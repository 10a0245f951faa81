package id.aduanterbuka.api.mpp;

import id.aduanterbuka.mpp.DurationUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a service takes by its service standard. */
@Schema(name = "ServiceDuration", description = "Promised completion time, e.g. 3 WORKING_DAYS")
public record ServiceDurationDetails(
    @Schema(example = "3") int amount,
    @Schema(description = "MINUTES, HOURS or WORKING_DAYS", example = "WORKING_DAYS") String unit) {

  static ServiceDurationDetails of(int amount, DurationUnit unit) {
    return new ServiceDurationDetails(amount, unit.name());
  }
}
