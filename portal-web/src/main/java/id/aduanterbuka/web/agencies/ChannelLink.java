package id.aduanterbuka.web.agencies;

import id.aduanterbuka.agency.AgencyView;
import id.aduanterbuka.agency.ChannelType;
import java.util.List;

/**
 * One official channel as a link: the published URL when there is one, else a link derived from the
 * handle (tel:, sms:, mailto:, wa.me); null when nothing can be linked.
 */
public final class ChannelLink {
  private final ChannelType type;
  private final String handle;
  private final String href;
  private final boolean verifiedActive;

  ChannelLink(ChannelType type, String handle, String url, boolean verifiedActive) {
    this.type = type;
    this.handle = handle;
    this.href = href(type, handle, url);
    this.verifiedActive = verifiedActive;
  }

  static List<ChannelLink> of(AgencyView agency) {
    return agency.channels().stream()
        .map(c -> new ChannelLink(c.type(), c.handle(), c.url(), c.verifiedActive()))
        .toList();
  }

  /** The link of a channel, or null. Only http(s), tel:, sms: and mailto: links are made. */
  static String href(ChannelType type, String handle, String url) {
    if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
      return url;
    }
    String digits = handle.replaceAll("[^0-9+]", "");
    return switch (type) {
      case PHONE, CALL_CENTRE -> digits.isEmpty() ? null : "tel:" + digits;
      case SMS -> digits.isEmpty() ? null : "sms:" + digits;
      case EMAIL -> handle.matches("[^\\s@:/?]+@[^\\s@:/?]+") ? "mailto:" + handle : null;
      case WHATSAPP -> whatsApp(digits);
      default -> null;
    };
  }

  /** wa.me takes the international number without + or leading zero: 0812… becomes 62812…. */
  private static String whatsApp(String digits) {
    String n = digits.startsWith("+") ? digits.substring(1) : digits;
    n = n.startsWith("0") ? "62" + n.substring(1) : n;
    return n.isEmpty() || !n.chars().allMatch(Character::isDigit) ? null : "https://wa.me/" + n;
  }

  public String getType() {
    return type.name();
  }

  public String getHandle() {
    return handle;
  }

  public String getHref() {
    return href;
  }

  /** Links leaving the portal get rel="noopener". */
  public boolean isExternal() {
    return href != null && href.startsWith("http");
  }

  public boolean isSocialMedia() {
    return type.isSocialMedia();
  }

  public boolean isVerifiedActive() {
    return verifiedActive;
  }
}
