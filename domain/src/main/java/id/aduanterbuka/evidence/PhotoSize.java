package id.aduanterbuka.evidence;

/** The two stored renditions of a photo. */
public enum PhotoSize {
  /** The web size: at most {@link PhotoLimits#webLongSide()} pixels on the long side. */
  WEB,
  /** The thumbnail: at most {@link PhotoLimits#thumbLongSide()} pixels on the long side. */
  THUMB
}
