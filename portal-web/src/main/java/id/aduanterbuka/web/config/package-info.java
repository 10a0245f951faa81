/** Container resources the WAR declares: the PostgreSQL data source. */
package id.aduanterbuka.web.config;
