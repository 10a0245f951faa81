package id.aduanterbuka.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegionTest {
  private final Region jateng =
      new Region(RegionCode.of("33"), "Jawa Tengah", RegionKind.PROVINSI, null);

  @Test
  void kindMustMatchTheLevelOfTheCode() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Region(RegionCode.of("33.74"), "Semarang", RegionKind.KECAMATAN, jateng));
  }

  @Test
  void parentMustBeTheRegionTheCodeNames() {
    Region banyumas = new Region(RegionCode.of("33.02"), "Banyumas", RegionKind.KABUPATEN, jateng);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Region(
                RegionCode.of("33.74.01"), "Semarang Tengah", RegionKind.KECAMATAN, banyumas));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Region(RegionCode.of("33.02"), "Banyumas", RegionKind.KABUPATEN, null));
  }

  @Test
  void displayNameCarriesTheKind() {
    assertEquals(
        "Kota Semarang",
        new Region(RegionCode.of("33.74"), "Semarang", RegionKind.KOTA, jateng).displayName());
    assertEquals(
        "Kabupaten Semarang",
        new Region(RegionCode.of("33.22"), "Semarang", RegionKind.KABUPATEN, jateng).displayName());
  }
}
