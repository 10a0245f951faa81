/** JPA implementation of the region repository. */
package id.aduanterbuka.persistence.region;
