/**
 * Bulk import of data held by other systems (LAPOR! SP4N exports, spreadsheets, regional staffing
 * lists): the rules an imported complaint or reference row (region, agency, category, MPP, MPP
 * service) must follow, checked before anything is written, and the row-level errors reported back
 * to the operator.
 */
package id.aduanterbuka.ingest;
