package id.aduanterbuka.ingest;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** When an imported MPP opens and closes on one day of the week. */
public record ImportedOpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}
