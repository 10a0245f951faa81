/**
 * The open REST API, versioned under {@code /api/v1}, and Open311 GeoReport v2 under {@code
 * /api/open311/v2}. Resources read through the domain's application services and answer with
 * payload records, never entities.
 */
package id.aduanterbuka.api;
