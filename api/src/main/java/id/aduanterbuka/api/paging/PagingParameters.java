package id.aduanterbuka.api.paging;

import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} for any listing. Read as text and parsed here so that a malformed number is
 * a 400 problem naming the parameter, not the 404 JAX-RS gives for unconvertible query parameters.
 */
public class PagingParameters {
  /** OpenAPI text for {@code page}; repeat on each listing method (Payara ignores field docs). */
  public static final String PAGE_DOC = "Page number, from 1.";

  /** OpenAPI text for {@code size}. */
  public static final String SIZE_DOC = "Items per page, 1 to " + PageRequest.MAX_SIZE + ".";

  @QueryParam("page")
  @DefaultValue("1")
  String page;

  @QueryParam("size")
  @DefaultValue("" + PageRequest.DEFAULT_SIZE)
  String size;

  public PagingParameters() {}

  public PagingParameters(String page, String size) {
    this.page = page;
    this.size = size;
  }

  public PageRequest toPageRequest() {
    return new PageRequest(parse("page", page), parse("size", size));
  }

  private static int parse(String field, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          field, field + " must be a whole number, was '" + value + "'.");
    }
  }
}
