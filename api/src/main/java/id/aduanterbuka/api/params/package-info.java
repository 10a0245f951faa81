/**
 * Parsing query parameters into domain values, with a 400 naming the parameter when they are bad.
 */
package id.aduanterbuka.api.params;
