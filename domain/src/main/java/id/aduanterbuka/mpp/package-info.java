/**
 * Public service malls (Mal Pelayanan Publik): where they are, when they open, which agencies sit
 * in them, and the catalogue of services with requirements, steps, duration and fee.
 */
package id.aduanterbuka.mpp;
