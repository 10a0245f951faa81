/**
 * Deterministic demo and scale data for Jawa Tengah: real regions and agencies, synthetic
 * complaints whose timelines follow the domain lifecycle, bulk-written with PostgreSQL COPY.
 */
package id.aduanterbuka.persistence.seed;
