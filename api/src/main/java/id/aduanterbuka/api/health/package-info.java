/** MicroProfile Health checks: live while the JVM serves, ready while the database answers. */
package id.aduanterbuka.api.health;
