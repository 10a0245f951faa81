package id.aduanterbuka.instance;

import java.time.Instant;

/**
 * A counter that moves whenever published data may have changed, and when it last moved: the basis
 * of HTTP validators (ETag, Last-Modified).
 */
public record DataVersion(long version, Instant changedAt) {}
