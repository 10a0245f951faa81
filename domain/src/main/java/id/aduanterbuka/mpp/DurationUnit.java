package id.aduanterbuka.mpp;

/** Unit of a service's promised completion time. */
public enum DurationUnit {
  MINUTES,
  HOURS,
  WORKING_DAYS
}
