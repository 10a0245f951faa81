/** Brings a database to the current schema with Flyway; JPA never generates DDL. */
package id.aduanterbuka.persistence.migration;
