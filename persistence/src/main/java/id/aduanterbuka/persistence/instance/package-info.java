/** SQL read model for the instance overview and the database probe. */
package id.aduanterbuka.persistence.instance;
