/**
 * Scheduled jobs that must run once per cluster, not once per node: each node's timer fires, the
 * nodes race for a lease on the time slot in the data grid (JCache), the winner runs the job and
 * records it in {@code job_run}.
 */
package id.aduanterbuka.persistence.jobs;
