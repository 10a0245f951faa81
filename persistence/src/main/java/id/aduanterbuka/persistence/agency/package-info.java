/** JPA implementation of the agency directory's repository. */
package id.aduanterbuka.persistence.agency;
