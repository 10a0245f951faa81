/** JPA implementations of the MPP catalogue's repositories: MPPs and their services. */
package id.aduanterbuka.persistence.mpp;
