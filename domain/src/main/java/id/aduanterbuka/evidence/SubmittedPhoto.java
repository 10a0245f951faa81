package id.aduanterbuka.evidence;

/**
 * The answer to a submission: the photo's id, in review until an operator approves it.
 *
 * @param created false when the same image had already been submitted (a retry): nothing new was
 *     stored, and {@code status} is that photo's
 */
public record SubmittedPhoto(
    long id, PhotoRole role, PhotoStatus status, int width, int height, boolean created) {}
