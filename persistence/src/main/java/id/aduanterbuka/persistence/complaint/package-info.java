/** JPA implementation of the complaint repository. */
package id.aduanterbuka.persistence.complaint;
