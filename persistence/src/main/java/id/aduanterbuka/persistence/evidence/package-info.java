/** Evidence photos in PostgreSQL: bytes and review state in the {@code photo} table. */
package id.aduanterbuka.persistence.evidence;
