/**
 * The operator command line behind {@code bin/aduan}: {@code run} starts PostgreSQL (embedded, or
 * an external one) and Payara Micro with the WAR; {@code generate} fills a database with
 * deterministic demo or benchmark data.
 */
package id.aduanterbuka.cli;
