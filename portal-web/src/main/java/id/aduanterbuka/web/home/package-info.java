/** The home page: headline counts of what this instance publishes. */
package id.aduanterbuka.web.home;
