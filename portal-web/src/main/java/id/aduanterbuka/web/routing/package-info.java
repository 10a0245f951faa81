/**
 * URL aliases at the servlet level: paths that other standards' clients expect, forwarded inside
 * the WAR to where the application answers them.
 */
package id.aduanterbuka.web.routing;
