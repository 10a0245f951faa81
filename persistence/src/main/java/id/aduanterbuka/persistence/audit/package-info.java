/**
 * The restricted intake audit log ({@code intake_audit}): one line per write from an agency's or
 * operator's system, in the writer's transaction. No public read path selects from it.
 */
package id.aduanterbuka.persistence.audit;
