package id.aduanterbuka.api.http;

import id.aduanterbuka.access.ApiKey;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * A request made with an API key: the key is the principal, its kind ({@code AGENCY}, {@code
 * OPERATOR}, {@code READER}) its only role — what {@code @RolesAllowed} and resources ask.
 */
final class KeySecurityContext implements SecurityContext {
  static final String SCHEME = "API-Key";

  private final ApiKey key;
  private final boolean secure;

  KeySecurityContext(ApiKey key, boolean secure) {
    this.key = key;
    this.secure = secure;
  }

  @Override
  public Principal getUserPrincipal() {
    return key;
  }

  @Override
  public boolean isUserInRole(String role) {
    return key.kind().name().equals(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return SCHEME;
  }
}
