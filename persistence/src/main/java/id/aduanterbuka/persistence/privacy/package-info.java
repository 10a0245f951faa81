/**
 * The restricted side of the publication gate: the only code outside the demo generator that reads
 * {@code complaint_original}. Used by operator tools, never by a public read path.
 */
package id.aduanterbuka.persistence.privacy;
