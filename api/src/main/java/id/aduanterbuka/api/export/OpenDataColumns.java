package id.aduanterbuka.api.export;

import id.aduanterbuka.publicdata.ComplaintDetail;
import id.aduanterbuka.publicdata.ComplaintSummary;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the open data export, in order, with their types and meaning — one definition for
 * the CSV header, the JSON Lines keys and the data dictionary.
 */
enum OpenDataColumns {
  REFERENCE("reference", "string", "Public reference of the complaint", d -> s(d).reference()),
  RECEIVED_AT(
      "received_at",
      "date-time (UTC, ISO 8601)",
      "When it was received",
      d -> t(s(d).receivedAt())),
  STATUS("status", "string", "Lifecycle status now (see docs/statistics.md)", d -> s(d).status()),
  CHANNEL("channel", "string", "Intake channel (WEB, SMS, WHATSAPP, X…)", d -> s(d).channel()),
  CATEGORY("category", "string", "Category code", d -> s(d).categoryCode()),
  CATEGORY_NAME_ID(
      "category_name_id", "string", "Category name, Indonesian", d -> s(d).categoryNameId()),
  CATEGORY_NAME_EN(
      "category_name_en", "string", "Category name, English", d -> s(d).categoryNameEn()),
  REGION(
      "region",
      "string",
      "Kemendagri code of the place concerned (may be empty)",
      d -> s(d).regionCode()),
  REGION_NAME("region_name", "string", "Name of that place", d -> s(d).regionName()),
  AGENCIES(
      "agencies",
      "string (codes separated by ';')",
      "Agencies the complaint is with now",
      d ->
          s(d).agencies().stream()
              .map(ComplaintSummary.AgencyRef::code)
              .collect(Collectors.joining(";"))),
  FIRST_RESPONSE_AT(
      "first_response_at",
      "date-time (UTC)",
      "First agency response (empty if none)",
      d -> t(s(d).firstResponseAt())),
  RESOLVED_AT(
      "resolved_at", "date-time (UTC)", "Resolution, if resolved now", d -> t(s(d).resolvedAt())),
  SATISFACTION(
      "satisfaction",
      "integer 1–5",
      "The citizen's rating, if given",
      d -> d.satisfaction() == null ? null : d.satisfaction().toString()),
  TEXT(
      "text",
      "string",
      "The complaint as published: redacted, no personal data",
      ComplaintDetail::text);

  final String key;
  final String type;
  final String description;
  final Function<ComplaintDetail, String> value;

  OpenDataColumns(
      String key, String type, String description, Function<ComplaintDetail, String> value) {
    this.key = key;
    this.type = type;
    this.description = description;
    this.value = value;
  }

  static List<OpenDataColumns> all() {
    return List.of(values());
  }

  private static ComplaintSummary s(ComplaintDetail d) {
    return d.summary();
  }

  private static String t(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
