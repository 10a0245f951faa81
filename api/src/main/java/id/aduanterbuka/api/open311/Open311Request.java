package id.aduanterbuka.api.open311;

import id.aduanterbuka.publicdata.ComplaintRecord;
import id.aduanterbuka.publicdata.ComplaintSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service request of GET requests: one published complaint with its redacted text. Fields the
 * spec allows to be empty are written as null; {@code lat} and {@code long} are left out, since
 * complaints have no coordinates; {@code media_url} is the approved after photo. A renamed nullable
 * field repeats {@code @JsonbNillable}: Yasson otherwise reads its {@code @JsonbProperty} as not
 * nillable and leaves the null out.
 */
@Schema(
    name = "Open311ServiceRequest",
    description = "An Open311 service request: one published, redacted complaint")
@JsonbNillable
@JsonbPropertyOrder({
  "serviceRequestId",
  "status",
  "statusNotes",
  "serviceName",
  "serviceCode",
  "description",
  "agencyResponsible",
  "serviceNotice",
  "requestedDatetime",
  "updatedDatetime",
  "expectedDatetime",
  "address",
  "addressId",
  "zipcode",
  "mediaUrl",
  "extendedAttributes"
})
public record Open311Request(
    @JsonbProperty("service_request_id")
        @Schema(
            name = "service_request_id",
            description = "Public reference of the complaint",
            example = "ADU-2024-0001234")
        String serviceRequestId,
    @Schema(
            description = "open while an agency is expected to act, closed once resolved",
            enumeration = {"open", "closed"},
            example = "open")
        String status,
    @JsonbProperty("status_notes")
        @JsonbNillable
        @Schema(
            name = "status_notes",
            description = "The latest note published on the complaint's timeline, redacted",
            nullable = true)
        String statusNotes,
    @JsonbProperty("service_name")
        @Schema(name = "service_name", description = "Category name in Indonesian")
        String serviceName,
    @JsonbProperty("service_code")
        @Schema(name = "service_code", description = "Category code", example = "jalan-rusak")
        String serviceCode,
    @Schema(description = "The published text, redacted of personal data") String description,
    @JsonbProperty("agency_responsible")
        @JsonbNillable
        @Schema(
            name = "agency_responsible",
            description = "Names of the agencies the complaint is with now, joined by \"; \"",
            nullable = true)
        String agencyResponsible,
    @JsonbProperty("service_notice")
        @JsonbNillable
        @Schema(name = "service_notice", description = "Always null", nullable = true)
        String serviceNotice,
    @JsonbProperty("requested_datetime")
        @Schema(
            name = "requested_datetime",
            description = "When the complaint was received (W3C date-time, WIB offset)",
            example = "2024-01-31T08:30:00+07:00")
        String requestedDatetime,
    @JsonbProperty("updated_datetime")
        @Schema(
            name = "updated_datetime",
            description = "When the complaint's public timeline last moved",
            example = "2024-02-02T10:00:00+07:00")
        String updatedDatetime,
    @JsonbProperty("expected_datetime")
        @JsonbNillable
        @Schema(
            name = "expected_datetime",
            description = "Always null for now (the deadline counts working days)",
            nullable = true)
        String expectedDatetime,
    @Schema(
            description = "Name of the region concerned; never a street address",
            example = "Ngaliyan",
            nullable = true)
        String address,
    @JsonbProperty("address_id")
        @JsonbNillable
        @Schema(
            name = "address_id",
            description = "Kemendagri code of that region",
            example = "33.74.13",
            nullable = true)
        String addressId,
    @Schema(description = "Always null", nullable = true) String zipcode,
    @JsonbProperty("media_url")
        @JsonbNillable
        @Schema(
            name = "media_url",
            description =
                "The first approved after photo of the fix (JPEG without metadata); null without"
                    + " one",
            example = "https://example.org/api/v1/photos/42.jpg",
            nullable = true)
        String mediaUrl,
    @JsonbProperty("extended_attributes")
        @Schema(name = "extended_attributes", description = "Fields beyond the spec")
        ExtendedAttributes extendedAttributes) {

  /** What this instance adds to a request, in Open311's usual extension object. */
  @Schema(name = "Open311ExtendedAttributes")
  @JsonbPropertyOrder({"channel", "categoryEn"})
  public record ExtendedAttributes(
      @Schema(description = "Channel the complaint came in through", example = "WHATSAPP")
          String channel,
      @JsonbProperty("category_en")
          @Schema(
              name = "category_en",
              description = "Category name in English",
              example = "Damaged roads")
          String categoryEn) {}

  /**
   * @param mediaUrl the address of the complaint's resolution photo, or null
   */
  static Open311Request of(ComplaintRecord r, String mediaUrl) {
    ComplaintSummary s = r.summary();
    String agencies =
        s.agencies().stream()
            .map(ComplaintSummary.AgencyRef::name)
            .collect(Collectors.joining("; "));
    return new Open311Request(
        s.reference(),
        RequestStatus.of(s.status()).value(),
        r.latestNote(),
        s.categoryNameId(),
        s.categoryCode(),
        r.text(),
        agencies.isEmpty() ? null : agencies,
        null,
        W3cDateTime.format(s.receivedAt()),
        W3cDateTime.format(r.updatedAt()),
        null,
        s.regionName(),
        s.regionCode(),
        null,
        mediaUrl,
        new ExtendedAttributes(s.channel(), s.categoryNameEn()));
  }
}
