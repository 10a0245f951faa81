package id.aduanterbuka.agency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.aduanterbuka.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"DINKES-3374", "PDAM-3302", "RSUD-MOEWARDI", "BPBD33"})
  void acceptsUpperCaseWordsJoinedByDashes(String code) {
    assertDoesNotThrow(() -> AgencyCode.of(code));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "dinkes-3374",
        "DINKES--3374",
        "-DINKES",
        "DINKES-",
        "3374-DINKES",
        "DIN KES",
        "A-1234567890123456789012345678901"
      })
  void rejectsAnythingElse(String code) {
    assertThrows(InvalidValueException.class, () -> AgencyCode.of(code));
  }
}
