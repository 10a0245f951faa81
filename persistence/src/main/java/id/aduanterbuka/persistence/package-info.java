/**
 * Persistence: JPA repositories implementing the domain's repository interfaces, SQL read models,
 * the Flyway migrations that own the schema, and the demo/scale data generator.
 */
package id.aduanterbuka.persistence;
