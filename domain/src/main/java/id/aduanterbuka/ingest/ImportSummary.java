package id.aduanterbuka.ingest;

/** What an import did, row by row: every row read lands in exactly one of these counts. */
public record ImportSummary(long inserted, long updated, long unchanged, long rejected) {
  public static final ImportSummary NONE = new ImportSummary(0, 0, 0, 0);

  public ImportSummary plus(ImportSummary other) {
    return new ImportSummary(
        inserted + other.inserted,
        updated + other.updated,
        unchanged + other.unchanged,
        rejected + other.rejected);
  }

  public long rows() {
    return inserted + updated + unchanged + rejected;
  }
}
