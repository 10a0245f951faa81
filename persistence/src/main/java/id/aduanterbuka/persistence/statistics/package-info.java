/** SQL read models for the statistics: the holiday calendar now; rollups come next. */
package id.aduanterbuka.persistence.statistics;
