package id.aduanterbuka.api.http;

import id.aduanterbuka.shared.InvalidValueException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A query string that is not valid percent-encoded UTF-8 ({@code ?q=%ZZ}, a truncated {@code
 * %E0%A4}, the overlong {@code %C0%AF}) is a 400 problem naming the parameter. Left alone, the
 * servlet container and Jersey each repair it their own way: the container drops the parameter with
 * a log line quoting its value, Jersey keeps {@code %ZZ} as literal text, and a client gets a 200
 * for a search it did not ask for. Only the servlet request still has the query exactly as sent, so
 * this servlet filter checks it (also on the forward from the {@code /open311/*} alias) and leaves
 * a mark that {@link Refusal}, a JAX-RS filter, turns into the usual problem document with the
 * usual headers.
 */
@WebFilter(
    urlPatterns = "/api/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD},
    asyncSupported = true)
public class QueryEncodingFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The request attribute holding the {@link InvalidValueException} for a bad query string. */
  static final String INVALID = QueryEncodingFilter.class.getName() + ".invalid";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(INVALID) == null) {
      invalidParameter(request.getQueryString())
          .ifPresent(name -> request.setAttribute(INVALID, refusal(name)));
    }
    chain.doFilter(request, response);
  }

  /** Throws the refusal the servlet filter left for this request, if any. */
  @Provider
  @PreMatching
  public static class Refusal implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getProperty(INVALID) instanceof InvalidValueException invalid) {
        throw invalid;
      }
    }
  }

  private static InvalidValueException refusal(String name) {
    return new InvalidValueException(
        name,
        (name.equals("query") ? "the query string" : "parameter '" + name + "'")
            + " is not valid percent-encoded UTF-8: write each reserved or non-ASCII byte as %"
            + " and two hex digits (a space as %20 or +), e.g. with encodeURIComponent or curl"
            + " --data-urlencode.");
  }

  /**
   * The name of the first parameter of {@code query} whose name or value is not valid
   * percent-encoded UTF-8 ({@code "query"} when even its name cannot be read); empty when all are.
   */
  public static Optional<String> invalidParameter(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      Optional<String> decodedName = decode(name);
      if (decodedName.isEmpty()) {
        return Optional.of("query");
      }
      if (equals >= 0 && decode(pair.substring(equals + 1)).isEmpty()) {
        return Optional.of(printable(decodedName.get()));
      }
    }
    return Optional.empty();
  }

  /** The text {@code part} encodes, or empty for a broken escape or bytes that are not UTF-8. */
  static Optional<String> decode(String part) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '%') {
        if (i + 2 >= part.length()) {
          return Optional.empty();
        }
        int high = Character.digit(part.charAt(i + 1), 16);
        int low = Character.digit(part.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        // what the container already read as text (raw non-ASCII bytes included) stays that text
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** A parameter name fit to quote back: no control characters, at most 100 characters. */
  private static String printable(String name) {
    String visible =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return visible.length() > 100 ? visible.substring(0, 100) : visible;
  }
}
