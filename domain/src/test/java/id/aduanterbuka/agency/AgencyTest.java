package id.aduanterbuka.agency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgencyTest {
  private final Region jateng =
      new Region(RegionCode.of("33"), "Jawa Tengah", RegionKind.PROVINSI, null);
  private final Agency dinkes =
      new Agency(
          AgencyCode.of("DINKES-33"), "Dinas Kesehatan", "Dinkes", AgencyKind.DINAS, null, jateng);

  @Test
  void anActiveSocialChannelNeedsVerification() {
    dinkes.addChannel(
        new OfficialChannel(
            ChannelType.CALL_CENTRE, "1500-117", null, true, LocalDate.of(2025, 1, 2)));
    assertFalse(dinkes.hasActiveSocialChannel(), "a call centre is not social media");

    dinkes.addChannel(
        new OfficialChannel(
            ChannelType.X, "@dinkesjateng", "https://x.com/dinkesjateng", false, null));
    assertFalse(dinkes.hasActiveSocialChannel(), "an unverified account does not count");

    dinkes.addChannel(
        new OfficialChannel(
            ChannelType.INSTAGRAM,
            "@dinkesjateng",
            "https://instagram.com/dinkesjateng",
            true,
            LocalDate.of(2025, 1, 2)));
    assertTrue(dinkes.hasActiveSocialChannel());
  }

  @Test
  void theSameChannelCannotBeAddedTwice() {
    dinkes.addChannel(new OfficialChannel(ChannelType.X, "@dinkesjateng", null, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            dinkes.addChannel(
                new OfficialChannel(ChannelType.X, "@dinkesjateng", null, false, null)));
  }

  @Test
  void channelsRejectBadInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new OfficialChannel(ChannelType.X, " ", null, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OfficialChannel(ChannelType.WEBSITE, "x", "javascript:alert(1)", false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OfficialChannel(ChannelType.X, "@x", null, true, null));
  }

  @Test
  void anAgencyNeedsANameAndARegion() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Agency(AgencyCode.of("X-1"), " ", "X", AgencyKind.DINAS, null, jateng));
    assertThrows(
        NullPointerException.class,
        () -> new Agency(AgencyCode.of("X-1"), "X", "X", AgencyKind.DINAS, null, null));
  }
}
