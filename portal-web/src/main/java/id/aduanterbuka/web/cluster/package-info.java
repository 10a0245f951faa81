/**
 * What the nodes of a cluster tell each other through Payara Micro's data grid: a change of the
 * published data (so every node's ETags move at once). Shared counters and job leases live in
 * JCache beside the code that uses them (api's rate limits, persistence's scheduled jobs).
 */
package id.aduanterbuka.web.cluster;
