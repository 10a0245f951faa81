/**
 * The public service mall pages: the directory of MPPs by regency with their services, and one
 * service's standard. Reads only through {@link id.aduanterbuka.mpp.MppCatalogue}.
 */
package id.aduanterbuka.web.mpp;
