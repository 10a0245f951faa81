/**
 * What a report is about and how fast it must be answered: categories with their report type, the
 * service-level target in working days and the agency a report of that kind goes to by default.
 */
package id.aduanterbuka.category;
