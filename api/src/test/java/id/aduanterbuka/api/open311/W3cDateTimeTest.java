package id.aduanterbuka.api.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.aduanterbuka.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class W3cDateTimeTest {
  private static final Instant MIDNIGHT_WIB = Instant.parse("2024-01-30T17:00:00Z");

  @Test
  void readsOffsetsAndUtc() {
    assertEquals(MIDNIGHT_WIB, W3cDateTime.parse("start_date", "2024-01-31T00:00:00+07:00"));
    assertEquals(MIDNIGHT_WIB, W3cDateTime.parse("start_date", "2024-01-30T17:00:00Z"));
    assertEquals(MIDNIGHT_WIB, W3cDateTime.parse("start_date", "2024-01-31T00:00+07:00"));
    assertEquals(
        MIDNIGHT_WIB.plusMillis(500), W3cDateTime.parse("start_date", "2024-01-30T17:00:00.5Z"));
  }

  @Test
  void readsAPlusSignThatArrivedAsASpace() {
    assertEquals(MIDNIGHT_WIB, W3cDateTime.parse("start_date", "2024-01-31T00:00:00 07:00"));
  }

  @Test
  void absentIsNull() {
    assertNull(W3cDateTime.parse("start_date", null));
    assertNull(W3cDateTime.parse("start_date", " "));
  }

  @Test
  void rejectsValuesWithoutTimeZoneOrOutOfRangeNamingTheField() {
    for (String bad :
        new String[] {
          "yesterday",
          "2024-01-31",
          "2024-01-31T00:00:00",
          "2024-13-01T00:00:00Z",
          "0001-01-01T00:00Z"
        }) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> W3cDateTime.parse("end_date", bad), bad);
      assertEquals("end_date", e.field());
    }
  }

  @Test
  void writesWesternIndonesiaTime() {
    assertEquals("2024-01-31T00:00:00+07:00", W3cDateTime.format(MIDNIGHT_WIB));
    assertEquals(MIDNIGHT_WIB, W3cDateTime.parse("x", W3cDateTime.format(MIDNIGHT_WIB)));
  }
}
