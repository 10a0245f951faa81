/** JPA implementation of the category directory's repository. */
package id.aduanterbuka.persistence.category;
