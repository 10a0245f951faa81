/**
 * Application service for the authenticated intake API: agency and operator systems submit
 * complaints and timeline events, each redacted, authorised, validated, made idempotent and audited
 * before it is stored.
 */
package id.aduanterbuka.intake;
