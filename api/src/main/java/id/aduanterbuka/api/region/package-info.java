/** {@code /api/v1/regions}: Kemendagri regions, for filters and for naming places. */
package id.aduanterbuka.api.region;
