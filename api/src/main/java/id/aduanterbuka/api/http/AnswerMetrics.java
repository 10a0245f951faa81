package id.aduanterbuka.api.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Application metrics of the API in MicroProfile Metrics' application registry, scraped from {@code
 * /metrics?scope=application} (Prometheus text): every answer counted by status ({@code
 * aduan_api_answers_total{status="503"}} — database outages, {@code 429} refusals, {@code 4xx}
 * problems) and timed by kind ({@code aduan_api_answer_millis{kind="read"|"write"}}, a summary with
 * quantiles, in milliseconds from the request's arrival at the API until its answer leaves the
 * filters; writing the body is not included). Pre-matching, so unknown paths are counted too;
 * nothing of the request (path, client, key) becomes a tag: cardinality stays at a few dozen series
 * and no client is identifiable in them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class AnswerMetrics implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String STARTED = AnswerMetrics.class.getName() + ".started";

  static final Metadata ANSWERS =
      Metadata.builder()
          .withName("aduan.api.answers")
          .withDescription("API answers by HTTP status")
          .build();

  /**
   * A histogram of whole milliseconds, not a Timer: Payara 6.2025's Prometheus output gives a
   * Timer's quantiles in nanoseconds but its sum in seconds under one name; plain numbers stay
   * plain.
   */
  static final Metadata ANSWER_MILLIS =
      Metadata.builder()
          .withName("aduan.api.answer.millis")
          .withDescription("Milliseconds from a request's arrival at the API to its answer")
          .withUnit(MetricUnits.NONE)
          .build();

  private MetricRegistry registry;

  /** Each status's counter, looked up in the registry once, not on every answer. */
  private final Map<Integer, Counter> answers = new ConcurrentHashMap<>();

  private Histogram readMillis;
  private Histogram writeMillis;

  protected AnswerMetrics() {}

  @Inject
  public AnswerMetrics(MetricRegistry registry) {
    this.registry = registry;
    this.readMillis = registry.histogram(ANSWER_MILLIS, new Tag("kind", "read"));
    this.writeMillis = registry.histogram(ANSWER_MILLIS, new Tag("kind", "write"));
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    answers
        .computeIfAbsent(
            response.getStatus(),
            status -> registry.counter(ANSWERS, new Tag("status", Integer.toString(status))))
        .inc();
    if (request.getProperty(STARTED) instanceof Long started) {
      boolean read =
          HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
      (read ? readMillis : writeMillis).update((System.nanoTime() - started) / 1_000_000);
    }
  }
}
