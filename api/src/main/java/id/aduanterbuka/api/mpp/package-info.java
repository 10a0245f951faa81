/**
 * {@code /api/v1/mpps} and {@code /api/v1/mpp-services}: public service malls (Mal Pelayanan
 * Publik), their tenants and the catalogue of services offered in them.
 */
package id.aduanterbuka.api.mpp;
