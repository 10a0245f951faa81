package id.aduanterbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageSelectorTest {
  @Test
  void theSwitchKeepsEveryParameterButTheLanguage() {
    Map<String, String[]> params = new LinkedHashMap<>();
    params.put("q", new String[] {"jalan rusak"});
    params.put("status", new String[] {"OPEN", "ANSWERED"});

    assertEquals(
        "/complaints.xhtml?q=jalan+rusak&status=OPEN&status=ANSWERED&lang=en",
        LanguageSelector.switchUrl("/complaints.xhtml", params, true));
    params.put("lang", new String[] {"en"});
    assertEquals(
        "/complaints.xhtml?q=jalan+rusak&status=OPEN&status=ANSWERED",
        LanguageSelector.switchUrl("/complaints.xhtml", params, false));
  }

  @Test
  void theHomePageSwitchesToTheRootUrl() {
    assertEquals("/?lang=en", LanguageSelector.switchUrl("/index.xhtml", Map.of(), true));
    assertEquals(
        "/",
        LanguageSelector.switchUrl("/index.xhtml", Map.of("lang", new String[] {"en"}), false));
  }
}
