package id.aduanterbuka.api.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class Open311XmlTest {
  @Test
  void keepsTextXmlCanCarry() {
    String text = "Jalan <rusak> & berlubang\n\tsejak Mei 😞";
    assertSame(text, Open311Xml.xmlCharacters(text));
  }

  @Test
  void dropsCharactersXmlCannotCarry() {
    assertEquals("ab c", Open311Xml.xmlCharacters("a\u0000b\u0007 \uFFFEc\uD800"));
  }
}
