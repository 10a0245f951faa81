package id.aduanterbuka.instance;

/**
 * Headline counts of what this instance publishes. {@code publicComplaints} counts complaints whose
 * status is public by {@link id.aduanterbuka.complaint.ComplaintStatus#isPublic()}.
 */
public record InstanceOverview(
    long publicComplaints, long agencies, long regencies, long mpps, long mppServices) {}
