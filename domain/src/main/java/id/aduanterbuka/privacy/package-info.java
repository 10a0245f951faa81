/**
 * Privacy: finds personal data in Indonesian complaint text (names, NIK, phone numbers, addresses,
 * plates…) and replaces it with typed placeholders before anything is published, flags texts whose
 * residual risk needs a human, and defines the small-cell suppression rule for statistics.
 */
package id.aduanterbuka.privacy;
