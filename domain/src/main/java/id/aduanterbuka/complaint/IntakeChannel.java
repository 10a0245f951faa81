package id.aduanterbuka.complaint;

/** How a report reached the government (LaporGub's channels plus the desk and the app). */
public enum IntakeChannel {
  WEB,
  SMS,
  PHONE,
  X,
  INSTAGRAM,
  FACEBOOK,
  WHATSAPP,
  EMAIL,
  /** Walk-in at an office or an MPP complaint desk. */
  WALK_IN,
  MOBILE_APP
}
