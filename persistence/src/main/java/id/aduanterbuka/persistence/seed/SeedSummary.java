package id.aduanterbuka.persistence.seed;

import java.time.Duration;

/**
 * What one {@link DemoDataGenerator#load} call inserted. The reference counts are 0 when the
 * database already had its reference data.
 *
 * @param regions region rows inserted (province, regencies, districts)
 * @param agencies agencies inserted
 * @param categories categories inserted
 * @param mpps MPPs inserted
 * @param mppServices MPP services inserted
 * @param complaintsAdded complaints appended
 * @param took how long the call took
 */
public record SeedSummary(
    int regions,
    int agencies,
    int categories,
    int mpps,
    int mppServices,
    long complaintsAdded,
    Duration took) {}
