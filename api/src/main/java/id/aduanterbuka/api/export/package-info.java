/** Bulk open data: every published complaint as streamed CSV or JSON Lines, and its dictionary. */
package id.aduanterbuka.api.export;
