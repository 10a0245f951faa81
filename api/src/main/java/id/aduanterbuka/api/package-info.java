/**
 * The open REST API, versioned under {@code /api/v1}. Resources read through the domain's
 * application services and answer with payload records, never entities.
 */
package id.aduanterbuka.api;
