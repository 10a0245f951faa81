/**
 * Open311 GeoReport v2, read side, under {@code /api/open311/v2}: complaint categories as services
 * and published, redacted complaints as service requests, in JSON and XML. Errors stay RFC 9457
 * problem documents like the rest of the API, a deliberate deviation from Open311's error list.
 */
package id.aduanterbuka.api.open311;
