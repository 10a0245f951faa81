/** SQL read models of the published complaints (list, search, detail, export). */
package id.aduanterbuka.persistence.publicdata;
