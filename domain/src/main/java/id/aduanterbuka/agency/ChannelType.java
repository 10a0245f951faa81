package id.aduanterbuka.agency;

/** The kinds of official channel an agency publishes for citizens to reach it. */
public enum ChannelType {
  X(true),
  INSTAGRAM(true),
  FACEBOOK(true),
  TIKTOK(true),
  YOUTUBE(true),
  WHATSAPP(false),
  SMS(false),
  PHONE(false),
  CALL_CENTRE(false),
  EMAIL(false),
  WEBSITE(false);

  private final boolean socialMedia;

  ChannelType(boolean socialMedia) {
    this.socialMedia = socialMedia;
  }

  /** True for public social-media accounts (counted in channel-coverage figures). */
  public boolean isSocialMedia() {
    return socialMedia;
  }
}
