/** The intake API's writes over JDBC: complaints, events, idempotency records and the audit log. */
package id.aduanterbuka.persistence.intake;
