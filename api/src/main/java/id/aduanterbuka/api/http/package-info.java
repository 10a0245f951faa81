/**
 * How the API behaves as a public HTTP service: rate limits, validators and caching, CORS, and
 * refusing parameters an endpoint does not know.
 */
package id.aduanterbuka.api.http;
