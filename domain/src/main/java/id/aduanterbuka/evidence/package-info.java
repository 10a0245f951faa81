/**
 * Resolution evidence: before/after photos an agency submits for a complaint. Uploads are checked
 * by content, stripped of all metadata by re-encoding the pixels, and published only after an
 * operator approves them (faces and number plates can be in a photo).
 */
package id.aduanterbuka.evidence;
