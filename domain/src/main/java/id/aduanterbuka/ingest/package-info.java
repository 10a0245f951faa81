/**
 * Bulk import of data held by other systems (LAPOR! SP4N exports, spreadsheets): the rules an
 * imported row must follow, checked before anything is written, and the row-level errors reported
 * back to the operator.
 */
package id.aduanterbuka.ingest;
