package id.aduanterbuka.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One official way to reach an agency: an account handle or number, a link, and whether someone
 * checked that it is really run by the agency and still answers.
 */
@Embeddable
public class OfficialChannel {
  @Enumerated(EnumType.STRING)
  @Column(name = "channel_type", nullable = false, length = 16)
  private ChannelType type;

  @Column(name = "handle", nullable = false, length = 200)
  private String handle;

  @Column(name = "url", length = 500)
  private String url;

  @Column(name = "verified_active", nullable = false)
  private boolean verifiedActive;

  @Column(name = "verified_on")
  private LocalDate verifiedOn;

  protected OfficialChannel() {}

  public OfficialChannel(
      ChannelType type, String handle, String url, boolean verifiedActive, LocalDate verifiedOn) {
    this.type = Objects.requireNonNull(type, "type");
    if (handle == null || handle.isBlank()) {
      throw new IllegalArgumentException("a " + type + " channel needs a handle or number");
    }
    if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
      throw new IllegalArgumentException("a channel link must be an http(s) URL, was " + url);
    }
    if (verifiedActive && verifiedOn == null) {
      throw new IllegalArgumentException(
          "a channel verified as active needs the date it was checked");
    }
    this.handle = handle.strip();
    this.url = url;
    this.verifiedActive = verifiedActive;
    this.verifiedOn = verifiedOn;
  }

  public ChannelType type() {
    return type;
  }

  public String handle() {
    return handle;
  }

  public String url() {
    return url;
  }

  public boolean verifiedActive() {
    return verifiedActive;
  }

  public LocalDate verifiedOn() {
    return verifiedOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficialChannel other && type == other.type && handle.equals(other.handle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, handle);
  }
}
