package id.aduanterbuka.api.statistics;

import static id.aduanterbuka.api.params.QueryValues.enumValue;
import static id.aduanterbuka.api.params.QueryValues.integer;
import static id.aduanterbuka.api.params.QueryValues.text;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.StatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How fast and how well complaints are answered: figures, trends, breakdowns, ranking. */
@Path("v1/statistics")
@RequestScoped
@Tag(
    name = "Statistics",
    description =
        "Response figures (definitions: docs/statistics.md). Groups of 1–9 complaints are"
            + " suppressed; medians and rates need at least 10 items.")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "400",
    description = "A parameter is malformed, unknown or out of range",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class StatisticsResource {
  private StatisticsService statistics;

  protected StatisticsResource() {}

  @Inject
  public StatisticsResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  /** The scope of the filter parameters, validated. */
  static StatisticsScope scope(
      StatisticsService statistics,
      String agency,
      String category,
      String channel,
      String regency) {
    return statistics.scope(
        text(agency),
        text(category),
        enumValue("channel", channel, IntakeChannel.class),
        text(regency));
  }

  static Responses.Scope echo(String agency, String category, String channel, String regency) {
    IntakeChannel c = enumValue("channel", channel, IntakeChannel.class);
    return new Responses.Scope(
        text(agency), text(category), c == null ? null : c.name(), text(regency));
  }

  @GET
  @Operation(
      summary = "Figures",
      description =
          "Response figures of all complaints, or of one agency, category, channel or regency (or"
              + " a combination), received in a date range.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Responses.Figures.class)))
  public Responses.Figures figures(
      @QueryParam("from")
          @Parameter(description = StatisticsParameters.FROM_DOC, example = "2024-01-01")
          String from,
      @QueryParam("to")
          @Parameter(description = StatisticsParameters.TO_DOC, example = "2024-12-31")
          String to,
      @QueryParam("agency") @Parameter(description = "Agency code", example = "DPU-3374")
          String agency,
      @QueryParam("category") @Parameter(description = "Category code", example = "jalan-rusak")
          String category,
      @QueryParam("channel") @Parameter(description = "Intake channel", example = "WHATSAPP")
          String channel,
      @QueryParam("regency") @Parameter(description = "Regency or city code", example = "33.74")
          String regency) {
    DateRange range = StatisticsParameters.days(from, to);
    return new Responses.Figures(
        echo(agency, category, channel, regency),
        range.first().toString(),
        range.last().toString(),
        FiguresView.of(
            statistics.figures(scope(statistics, agency, category, channel, regency), range)));
  }

  @GET
  @Path("trend")
  @Operation(
      summary = "Monthly trend",
      description =
          "The figures of each month (by month of receipt), for the same filters as the figures.")
  @APIResponse(
      responseCode = "200",
      description = "One entry per month",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Responses.Trend.class)))
  public Responses.Trend trend(
      @QueryParam("from")
          @Parameter(description = StatisticsParameters.FROM_MONTH_DOC, example = "2024-01")
          String from,
      @QueryParam("to")
          @Parameter(description = StatisticsParameters.TO_MONTH_DOC, example = "2024-12")
          String to,
      @QueryParam("agency") @Parameter(description = "Agency code", example = "DPU-3374")
          String agency,
      @QueryParam("category") @Parameter(description = "Category code", example = "jalan-rusak")
          String category,
      @QueryParam("channel") @Parameter(description = "Intake channel", example = "WHATSAPP")
          String channel,
      @QueryParam("regency") @Parameter(description = "Regency or city code", example = "33.74")
          String regency) {
    YearMonth[] months = StatisticsParameters.months(from, to, statistics::defaultLastMonth);
    return new Responses.Trend(
        echo(agency, category, channel, regency),
        months[0].toString(),
        months[1].toString(),
        statistics
            .trend(scope(statistics, agency, category, channel, regency), months[0], months[1])
            .stream()
            .map(TrendPoint::of)
            .toList());
  }

  @GET
  @Path("breakdown")
  @Operation(
      summary = "Breakdown",
      description = "The figures of every agency, category, channel or regency over a date range.")
  @APIResponse(
      responseCode = "200",
      description = "One row per member, ordered by code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Responses.Breakdown.class)))
  public Responses.Breakdown breakdown(
      @QueryParam("by")
          @Parameter(
              description = "AGENCY, CATEGORY, CHANNEL or REGENCY",
              required = true,
              example = "CATEGORY")
          String by,
      @QueryParam("from")
          @Parameter(description = StatisticsParameters.FROM_DOC, example = "2024-01-01")
          String from,
      @QueryParam("to")
          @Parameter(description = StatisticsParameters.TO_DOC, example = "2024-12-31")
          String to) {
    Dimension dimension = enumValue("by", by, Dimension.class);
    if (dimension == null) {
      throw new id.aduanterbuka.shared.InvalidValueException(
          "by", "by is required: AGENCY, CATEGORY, CHANNEL or REGENCY.");
    }
    DateRange range = StatisticsParameters.days(from, to);
    return new Responses.Breakdown(
        dimension.name(),
        range.first().toString(),
        range.last().toString(),
        statistics.breakdown(dimension, range).stream().map(BreakdownRow::of).toList());
  }

  @GET
  @Path("ranking")
  @Operation(
      summary = "Fair ranking of agencies",
      description =
          "Agencies ranked by SLA compliance, then by median working days to first response, over"
              + " whole months. Only agencies with at least `minimumN` decided complaints are"
              + " ranked; each figure carries its sample size and a 95 % interval.")
  @APIResponse(
      responseCode = "200",
      description = "Ranked agencies first, then unranked ones",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Responses.Ranking.class)))
  public Responses.Ranking ranking(
      @QueryParam("from")
          @Parameter(description = StatisticsParameters.FROM_MONTH_DOC, example = "2024-01")
          String from,
      @QueryParam("to")
          @Parameter(description = StatisticsParameters.TO_MONTH_DOC, example = "2024-12")
          String to,
      @QueryParam("minimumN")
          @Parameter(
              description = "Decided complaints needed to be ranked; at least 10 (default 10)",
              example = "10")
          String minimumN) {
    YearMonth[] months = StatisticsParameters.months(from, to, statistics::defaultLastMonth);
    int minimum = integer("minimumN", minimumN, FairRanking.DEFAULT_MINIMUM_N);
    Map<String, DimensionMember> agencies =
        statistics.members(Dimension.AGENCY).stream()
            .collect(Collectors.toMap(DimensionMember::key, Function.identity()));
    return new Responses.Ranking(
        months[0].toString(),
        months[1].toString(),
        minimum,
        statistics.ranking(DateRange.of(months[0], months[1]), minimum).stream()
            .map(r -> RankingRow.of(r, agencies.get(Long.toString(r.agencyId()))))
            .toList());
  }

  @GET
  @Path("coverage")
  @Operation(
      summary = "Coverage",
      description =
          "Share of agencies with an active official social-media account, and of regencies with"
              + " a public service mall (MPP).")
  @APIResponse(
      responseCode = "200",
      description = "Coverage figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CoverageView.class)))
  public CoverageView coverage() {
    return CoverageView.of(statistics.coverage());
  }
}
