package id.aduanterbuka.instance;

/**
 * Headline counts of what this instance publishes. {@code publicComplaints} counts complaints whose
 * status is public by {@link id.aduanterbuka.complaint.ComplaintStatus#isPublic()} and whose text
 * passed the publication gate ({@link id.aduanterbuka.privacy.Publication#PUBLISHED}).
 */
public record InstanceOverview(
    long publicComplaints, long agencies, long regencies, long mpps, long mppServices) {}
