/**
 * The intake API's writes over JDBC: complaints, events and their photos, idempotency records (and
 * their hourly clean-up); audit lines go through {@code persistence.audit}.
 */
package id.aduanterbuka.persistence.intake;
