package id.aduanterbuka.ingest;

/**
 * Why one row of an import file was rejected: the line where the row starts (1 is the first line of
 * the file, the header of a CSV), the field at fault as named in the file, and a reason an operator
 * can act on.
 */
public record RowError(String file, long line, String field, String reason) {}
