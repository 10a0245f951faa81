package id.aduanterbuka.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  @Test
  void thePortalPolicyAllowsNoInlineScriptOrStyleAndTheApiReferenceOnlyItsStyles() {
    assertTrue(SecurityHeadersFilter.CSP.contains("script-src 'self';"));
    assertFalse(SecurityHeadersFilter.CSP.contains("unsafe"));
    assertTrue(SecurityHeadersFilter.API_DOCS_CSP.contains("style-src 'self' 'unsafe-inline'"));
    assertTrue(SecurityHeadersFilter.API_DOCS_CSP.contains("script-src 'self';"));
  }
}
