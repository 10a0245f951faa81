package id.aduanterbuka.evidence;

/** The answer to a submission: the new photo's id, in review until an operator approves it. */
public record SubmittedPhoto(long id, PhotoRole role, PhotoStatus status, int width, int height) {}
