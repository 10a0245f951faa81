package id.aduanterbuka.api.statistics;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.StatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One agency's statistics: the same figures and trend as the statistics resource. */
@Path("v1/agencies/{code}/statistics")
@RequestScoped
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "404",
    description = "No agency has this code",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "400",
    description = "A parameter is malformed, unknown or out of range",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class AgencyStatisticsResource {
  private StatisticsService statistics;

  protected AgencyStatisticsResource() {}

  @Inject
  public AgencyStatisticsResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Operation(
      summary = "An agency's figures",
      description =
          "Response figures of the complaints with this agency, received in a date range;"
              + " optionally one category or channel.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Responses.Figures.class)))
  public Responses.Figures figures(
      @PathParam("code") @Parameter(description = "Agency code", example = "DPU-3374") String code,
      @QueryParam("from")
          @Parameter(description = StatisticsParameters.FROM_DOC, example = "2024-01-01")
          String from,
      @QueryParam("to")
          @Parameter(description = StatisticsParameters.TO_DOC, example = "2024-12-31")
          String to,
      @QueryParam("category") @Parameter(description = "Category code", example = "jalan-rusak")
          String category,
      @QueryParam("channel") @Parameter(description = "Intake channel", example = "WHATSAPP")
          String channel) {
    DateRange range = StatisticsParameters.days(from, to);
    long agency = agency(code);
    StatisticsScope filters = StatisticsResource.scope(statistics, null, category, channel, null);
    StatisticsScope scope =
        new StatisticsScope(agency, filters.categoryId(), filters.channel(), null);
    return new Responses.Figures(
        StatisticsResource.echo(code, category, channel, null),
        range.first().toString(),
        range.last().toString(),
        FiguresView.of(statistics.figures(scope, range)));
  }

  @GET
  @Path("trend")
  @Operation(summary = "An agency's monthly trend", description = "The agency's figures per month.")
  @APIResponse(
      responseCode = "200",
      description = "One entry per month",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Responses.Trend.class)))
  public Responses.Trend trend(
      @PathParam("code") @Parameter(description = "Agency code", example = "DPU-3374") String code,
      @QueryParam("from")
          @Parameter(description = StatisticsParameters.FROM_MONTH_DOC, example = "2024-01")
          String from,
      @QueryParam("to")
          @Parameter(description = StatisticsParameters.TO_MONTH_DOC, example = "2024-12")
          String to) {
    YearMonth[] months = StatisticsParameters.months(from, to, statistics::defaultLastMonth);
    StatisticsScope scope = StatisticsScope.agency(agency(code));
    return new Responses.Trend(
        StatisticsResource.echo(code, null, null, null),
        months[0].toString(),
        months[1].toString(),
        statistics.trend(scope, months[0], months[1]).stream().map(TrendPoint::of).toList());
  }

  /** The agency's id if an agency has this code; else 404 (the path names no resource). */
  private long agency(String code) {
    return Long.parseLong(
        statistics
            .find(Dimension.AGENCY, code)
            .orElseThrow(() -> new id.aduanterbuka.shared.NotFoundException("agency", code))
            .key());
  }
}
