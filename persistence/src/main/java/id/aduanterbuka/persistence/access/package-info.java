/** API keys over JDBC: the {@code api_key} table, joined to the agency an agency key belongs to. */
package id.aduanterbuka.persistence.access;
