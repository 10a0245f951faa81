/**
 * Writes validated imported rows (bin/aduan import): complaints batch by batch, keyed by their
 * source system's ids, with the restricted original text beside the redacted one as the demo
 * generator does; reference data (agencies, categories, MPPs, MPP services) keyed by its codes.
 */
package id.aduanterbuka.persistence.importing;
