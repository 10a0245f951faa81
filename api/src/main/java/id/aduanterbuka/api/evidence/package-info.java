/**
 * Resolution evidence over HTTP: agencies submit before/after photos (authenticated intake), and
 * the public reads approved ones with long-lived cache headers.
 */
package id.aduanterbuka.api.evidence;
