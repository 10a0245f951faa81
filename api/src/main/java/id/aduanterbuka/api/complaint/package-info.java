/** The public complaints resource: list, search and detail of published, redacted complaints. */
package id.aduanterbuka.api.complaint;
