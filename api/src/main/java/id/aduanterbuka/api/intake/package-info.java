/**
 * The authenticated intake API ({@code /api/v1/intake}): agency and operator systems submit
 * complaints and timeline events with an API key; everything else in the API stays anonymous.
 */
package id.aduanterbuka.api.intake;
