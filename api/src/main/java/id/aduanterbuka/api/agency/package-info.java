/** {@code /api/v1/agencies}: the directory of agencies and their official channels. */
package id.aduanterbuka.api.agency;
