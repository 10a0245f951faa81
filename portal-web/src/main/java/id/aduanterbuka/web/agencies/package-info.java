/**
 * Portal pages of the agency directory ({@code agencies.xhtml}) and one agency ({@code
 * agency.xhtml}).
 */
package id.aduanterbuka.web.agencies;
