/**
 * Query and path parameters read as text and parsed in one place, so that every bad value is a 400
 * problem naming the parameter.
 */
package id.aduanterbuka.api.parameters;
