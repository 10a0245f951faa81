/**
 * Building blocks every aggregate uses: paging, and the exceptions interfaces translate to errors.
 */
package id.aduanterbuka.shared;
