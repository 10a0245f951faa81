/**
 * Statistics resources: figures for any scope and date range, trends, breakdowns, the fair ranking
 * and coverage, all through the small-cell policy.
 */
package id.aduanterbuka.api.statistics;
