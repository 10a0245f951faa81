/**
 * Writes validated imported rows (bin/aduan import) batch by batch, keyed by their source system's
 * ids. Like the demo generator, it writes the restricted original text beside the redacted one.
 */
package id.aduanterbuka.persistence.importing;
