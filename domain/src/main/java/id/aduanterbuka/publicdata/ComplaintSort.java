package id.aduanterbuka.publicdata;

/** Orders of the public complaint list; ties are broken by the complaint's internal order. */
public enum ComplaintSort {
  /** Most recently received first (the default). */
  NEWEST,
  /** Oldest received first. */
  OLDEST
}
