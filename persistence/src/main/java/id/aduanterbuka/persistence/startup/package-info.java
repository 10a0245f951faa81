/**
 * What the application does once when it starts: migrate the schema, then seed demo data if asked.
 */
package id.aduanterbuka.persistence.startup;
