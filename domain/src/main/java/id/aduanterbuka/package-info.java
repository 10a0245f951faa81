/**
 * Aduan Terbuka's domain: the model of regions, agencies (OPD), complaint categories, complaints
 * and public service malls (MPP), and the application services that every interface reads through.
 */
package id.aduanterbuka;
