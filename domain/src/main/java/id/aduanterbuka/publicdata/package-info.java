/**
 * What the public may read of complaints: published, redacted complaints with their public
 * timelines, searched and paged with cursors, and streamed whole as open data. Nothing here can
 * reach the restricted original text or a reporter's identity.
 */
package id.aduanterbuka.publicdata;
