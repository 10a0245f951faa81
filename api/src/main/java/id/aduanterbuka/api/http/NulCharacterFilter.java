package id.aduanterbuka.api.http;

import id.aduanterbuka.shared.InvalidValueException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A NUL character ({@code %00}) in the path or a query parameter is a 400 naming where it was.
 * PostgreSQL cannot store or compare text holding U+0000, so letting it through turned a harmless
 * filter such as {@code ?agency=%00} into a 500 from the driver.
 */
@Provider
@PreMatching
public class NulCharacterFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getUriInfo().getPath(true).indexOf('\0') >= 0) {
      throw new InvalidValueException("path", "the path must not contain a NUL character (%00).");
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      boolean nul = name.indexOf('\0') >= 0;
      for (String value : parameter.getValue()) {
        nul |= value.indexOf('\0') >= 0;
      }
      if (nul) {
        String field = name.replace("\0", "");
        throw new InvalidValueException(field, field + " must not contain a NUL character (%00).");
      }
    }
  }
}
