/**
 * Backup and restore of the whole database (complaints, originals, photos, API keys, statistics) as
 * one archive of {@code COPY} streams, taken in one consistent snapshot while the application runs.
 */
package id.aduanterbuka.persistence.backup;
