/**
 * The complaint pages of the portal: the searchable list of published complaints and one
 * complaint's page. Reads only through {@link id.aduanterbuka.publicdata.PublicComplaints} and the
 * directories, so only published, redacted text ever reaches a page.
 */
package id.aduanterbuka.web.complaints;
