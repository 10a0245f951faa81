/**
 * Complaints (pengaduan), aspirations and information requests: where they came from, which
 * agencies they were routed to, and the public timeline of what happened to them. {@link
 * id.aduanterbuka.complaint.ComplaintStatus} is the one definition of what is public, open,
 * answered and resolved.
 */
package id.aduanterbuka.complaint;
