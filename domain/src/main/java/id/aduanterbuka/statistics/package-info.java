/**
 * How fast and how well agencies answer: the working-day calendar, the clocks of one complaint, and
 * the figures computed over many — each defined once here and in docs/statistics.md.
 */
package id.aduanterbuka.statistics;
