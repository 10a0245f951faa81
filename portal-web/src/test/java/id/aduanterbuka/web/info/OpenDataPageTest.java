package id.aduanterbuka.web.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenDataPageTest {
  @Test
  void defaultPortsAreLeftOut() {
    assertEquals(
        "https://aduan.example.go.id",
        OpenDataPage.baseUrl("https", "aduan.example.go.id", 443, ""));
    assertEquals(
        "http://localhost:8080/portal", OpenDataPage.baseUrl("http", "localhost", 8080, "/portal"));
  }

  @Test
  void anIpv6HostIsBracketed() {
    assertEquals("http://[::1]:8080", OpenDataPage.baseUrl("http", "::1", 8080, ""));
  }
}
