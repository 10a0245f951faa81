/**
 * Indonesia's administrative regions as coded by Kemendagri: province, regency/city
 * (kabupaten/kota), district (kecamatan) and village (kelurahan/desa).
 */
package id.aduanterbuka.region;
