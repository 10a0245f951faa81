/**
 * The information pages: how to use the open data (API, downloads, feeds, Open311, licence) and the
 * methodology and privacy explained in plain language.
 */
package id.aduanterbuka.web.info;
