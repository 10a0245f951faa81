package id.aduanterbuka.ingest;

/** A row that passed its checks, with where it came from (for errors found later, across rows). */
public record ValidRow<T>(String file, long line, T row) {}
