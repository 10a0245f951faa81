package id.aduanterbuka.persistence.seed;

/** Told how a load is getting on, e.g. to print a progress line in the CLI. */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Called at the start and end of each phase and at most about every 1% (or 10,000 rows) in
   * between.
   *
   * @param phase what is being loaded, e.g. "reference data" or "complaints"
   * @param done units finished so far in this phase
   * @param total units this phase will finish
   */
  void onProgress(String phase, long done, long total);

  ProgressListener NONE = (p, d, t) -> {};
}
