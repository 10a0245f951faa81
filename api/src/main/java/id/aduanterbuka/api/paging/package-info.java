/** Paging parameters shared by every listing of the API. */
package id.aduanterbuka.api.paging;
