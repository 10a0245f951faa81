package id.aduanterbuka.evidence;

/** Where a photo is in review: only {@link #APPROVED} photos are ever served publicly. */
public enum PhotoStatus {
  PENDING,
  APPROVED,
  REJECTED
}
