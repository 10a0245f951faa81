package id.aduanterbuka.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {
  @ParameterizedTest
  @CsvSource({"33, PROVINCE", "33.74, REGENCY", "33.74.01, DISTRICT", "33.74.01.1001, VILLAGE"})
  void levelFollowsTheNumberOfSegments(String code, RegionLevel level) {
    assertEquals(level, RegionCode.of(code).level());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "3",
        "03",
        "33.",
        "33.7",
        "3374",
        "33.74.1",
        "33.74.01.3001",
        "33-74",
        "33.74.01.1001.1"
      })
  void rejectsWhatKemendagriWouldNotIssue(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RegionCode.of(code));
    assertEquals("region", e.field());
    assertTrue(e.getMessage().contains("33.74"), "the message shows a valid example");
  }

  @Test
  void rejectsNull() {
    assertThrows(InvalidValueException.class, () -> new RegionCode(null));
  }

  @Test
  void parentIsOneLevelUpAndProvinceHasNone() {
    assertEquals(RegionCode.of("33.74.01"), RegionCode.of("33.74.01.1001").parent().orElseThrow());
    assertEquals(RegionCode.of("33"), RegionCode.of("33.74").parent().orElseThrow());
    assertTrue(RegionCode.of("33").parent().isEmpty());
  }

  @Test
  void withinMatchesWholeSegmentsOnly() {
    assertTrue(RegionCode.of("33.74.01").isWithin(RegionCode.of("33.74")));
    assertTrue(RegionCode.of("33.74").isWithin(RegionCode.of("33.74")));
    assertFalse(RegionCode.of("33.74").isWithin(RegionCode.of("34")));
    assertFalse(RegionCode.of("33.02").isWithin(RegionCode.of("33.74")));
  }
}
