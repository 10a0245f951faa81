/** Container resources the WAR declares: the PostgreSQL data sources (primary and read pool). */
package id.aduanterbuka.web.config;
