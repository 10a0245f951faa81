package id.aduanterbuka.web.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.ChannelType;
import org.junit.jupiter.api.Test;

class ChannelLinkTest {
  @Test
  void aPublishedUrlIsTheLink() {
    assertEquals(
        "https://instagram.com/dinkesjateng",
        ChannelLink.href(
            ChannelType.INSTAGRAM, "@dinkesjateng", "https://instagram.com/dinkesjateng"));
  }

  @Test
  void numbersBecomeTelSmsAndWhatsAppLinks() {
    assertEquals("tel:0248311234", ChannelLink.href(ChannelType.PHONE, "(024) 831-1234", null));
    assertEquals("tel:112", ChannelLink.href(ChannelType.CALL_CENTRE, "112", null));
    assertEquals("sms:+628123456789", ChannelLink.href(ChannelType.SMS, "+62 812 3456 789", null));
    assertEquals(
        "https://wa.me/628123456789",
        ChannelLink.href(ChannelType.WHATSAPP, "0812-3456-789", null));
    assertEquals(
        "https://wa.me/628123456789",
        ChannelLink.href(ChannelType.WHATSAPP, "+62 812 3456789", null));
  }

  @Test
  void eMailBecomesMailtoOnlyWhenItIsAnAddress() {
    assertEquals("mailto:a@b.go.id", ChannelLink.href(ChannelType.EMAIL, "a@b.go.id", null));
    assertNull(ChannelLink.href(ChannelType.EMAIL, "a@b.go.id?subject=x", null));
  }

  @Test
  void nothingLinkableIsNoLink() {
    assertNull(ChannelLink.href(ChannelType.X, "@dinkes", null));
    assertNull(ChannelLink.href(ChannelType.PHONE, "none", null));
    assertNull(ChannelLink.href(ChannelType.WEBSITE, "dinkes.go.id", "javascript:alert(1)"));
  }

  @Test
  void onlyHttpLinksAreExternal() {
    assertTrue(new ChannelLink(ChannelType.X, "@a", "https://x.com/a", true).isExternal());
    assertFalse(new ChannelLink(ChannelType.PHONE, "024", null, false).isExternal());
    assertFalse(new ChannelLink(ChannelType.X, "@a", null, false).isExternal());
  }
}
