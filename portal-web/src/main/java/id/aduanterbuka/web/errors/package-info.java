/**
 * The answer for errors the container raises itself (a path no page or resource serves, a method a
 * static file does not take, an exception escaping a page): ours instead of the server's report.
 */
package id.aduanterbuka.web.errors;
