package id.aduanterbuka.api.open311;

import static id.aduanterbuka.api.params.QueryValues.integer;
import static id.aduanterbuka.api.params.QueryValues.required;

import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.shared.InvalidValueException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parameters of GET requests, parsed and checked: either references to look up (when {@code
 * service_request_id} is given, which overrides every other filter, as the spec says), or a filter
 * with a page. Every parameter is checked even when overridden, so a malformed one is always a 400.
 *
 * @param references the complaints asked for by reference; empty when not asked
 * @param filter the filter from service_code, start_date, end_date and status
 */
record RequestsQuery(List<String> references, ComplaintFilter filter, int page, int pageSize) {
  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = PublicComplaints.MAX_LIMIT;

  RequestsQuery {
    references = List.copyOf(references);
  }

  /**
   * Parses the raw parameters; list parameters may be comma-separated, repeated or both. {@code
   * serviceCodes} gives the known service codes, read only when {@code service_code} is given.
   */
  static RequestsQuery parse(
      List<String> serviceRequestIds,
      List<String> serviceCodes,
      String startDate,
      String endDate,
      List<String> statuses,
      String page,
      String pageSize,
      Supplier<Set<String>> knownServiceCodes) {
    List<String> references =
        items(serviceRequestIds).stream()
            .map(v -> required("service_request_id", v, ComplaintReference::new).value())
            .toList();
    if (references.size() > MAX_PAGE_SIZE) {
      throw new InvalidValueException(
          "service_request_id",
          "at most " + MAX_PAGE_SIZE + " service_request_id at once, were " + references.size());
    }
    Set<String> codes = items(serviceCodes);
    if (!codes.isEmpty()) {
      Set<String> known = knownServiceCodes.get();
      for (String code : codes) {
        if (!known.contains(code)) {
          throw new InvalidValueException(
              "service_code", "'" + code + "' is not a service_code; services.json lists them.");
        }
      }
    }
    Instant start = W3cDateTime.parse("start_date", startDate);
    Instant end = W3cDateTime.parse("end_date", endDate);
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidValueException("end_date", "end_date is before start_date.");
    }
    Set<ComplaintStatus> wanted = EnumSet.noneOf(ComplaintStatus.class);
    for (String status : items(statuses)) {
      wanted.addAll(RequestStatus.parse("status", status).statuses());
    }
    int number = integer("page", page, 1);
    if (number < 1) {
      throw new InvalidValueException("page", "page must be 1 or more, was " + number + ".");
    }
    int size = integer("page_size", pageSize, DEFAULT_PAGE_SIZE);
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidValueException(
          "page_size", "page_size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size + ".");
    }
    ComplaintFilter filter =
        ComplaintFilter.NONE.withCategories(codes).withStatuses(wanted).receivedBetween(start, end);
    return new RequestsQuery(references, filter, number, size);
  }

  /** Index of the first request of the page, from 0. */
  long offset() {
    return (long) (page - 1) * pageSize;
  }

  /** The non-blank items of comma-separated, possibly repeated values, in order, once each. */
  private static Set<String> items(List<String> values) {
    Set<String> items = new LinkedHashSet<>();
    if (values != null) {
      for (String value : values) {
        Arrays.stream(value.split(","))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .forEach(items::add);
      }
    }
    return items;
  }
}
