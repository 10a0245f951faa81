package id.aduanterbuka.api.export;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.publicdata.ComplaintDetail;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole published dataset in one request, streamed row by row from a database cursor: constant
 * memory, no row limit.
 */
@Path("v1/exports")
@RequestScoped
@Tag(name = "Open data", description = "Bulk downloads under CC BY 4.0, and their dictionary")
@APIResponse(
    responseCode = "400",
    description = "An unknown query parameter",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class ExportsResource {
  static final String CSV = "text/csv; charset=utf-8";
  static final String JSON_LINES = "application/x-ndjson";

  private PublicComplaints complaints;
  private ExportGate gate;
  @Context private UriInfo uri;

  protected ExportsResource() {}

  @Inject
  public ExportsResource(PublicComplaints complaints, ExportGate gate) {
    this.complaints = complaints;
    this.gate = gate;
  }

  @GET
  @Path("complaints.csv")
  @Produces(CSV)
  @Operation(
      summary = "All published complaints as CSV",
      description =
          "RFC 4180 CSV, UTF-8, a header row, one complaint per row, oldest first. Columns: see"
              + " /api/v1/exports/dictionary.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file, streamed",
      content =
          @Content(
              mediaType = CSV,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  @APIResponse(
      responseCode = "503",
      description = "Already streaming the maximum number of full downloads; see Retry-After",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response csv() {
    List<OpenDataColumns> columns = OpenDataColumns.all();
    StreamingOutput body =
        stream(
            w -> w.write(String.join(",", columns.stream().map(c -> c.key).toList()) + "\r\n"),
            (w, d) -> {
              for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                  w.write(',');
                }
                w.write(Csv.cell(columns.get(i).value.apply(d)));
              }
              w.write("\r\n");
            });
    return download(body, CSV, "complaints.csv");
  }

  @GET
  @Path("complaints.jsonl")
  @Produces(JSON_LINES)
  @Operation(
      summary = "All published complaints as JSON Lines",
      description =
          "One JSON object per line (keys as the CSV columns; absent values are null), oldest"
              + " first.")
  @APIResponse(
      responseCode = "200",
      description = "The JSON Lines file, streamed",
      content =
          @Content(
              mediaType = JSON_LINES,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  @APIResponse(
      responseCode = "503",
      description = "Already streaming the maximum number of full downloads; see Retry-After",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response jsonLines() {
    List<OpenDataColumns> columns = OpenDataColumns.all();
    StreamingOutput body =
        stream(
            w -> {},
            (w, d) -> {
              try (JsonGenerator g = Json.createGenerator(new NonClosing(w))) {
                g.writeStartObject();
                for (OpenDataColumns c : columns) {
                  String v = c.value.apply(d);
                  if (v == null) {
                    g.writeNull(c.key);
                  } else if (c == OpenDataColumns.SATISFACTION) {
                    g.write(c.key, Integer.parseInt(v));
                  } else {
                    g.write(c.key, v);
                  }
                }
                g.writeEnd();
              }
              w.write('\n');
            });
    return download(body, JSON_LINES, "complaints.jsonl");
  }

  @HEAD
  @Path("complaints.csv")
  @Produces(CSV)
  @Operation(
      summary = "Headers of the CSV download",
      description = "Type, file name and licence link without the body (for download tools).")
  @APIResponse(responseCode = "200", description = "The headers of the CSV download")
  public Response csvHeaders() {
    return headers(CSV, "complaints.csv");
  }

  @HEAD
  @Path("complaints.jsonl")
  @Produces(JSON_LINES)
  @Operation(
      summary = "Headers of the JSON Lines download",
      description = "Type, file name and licence link without the body (for download tools).")
  @APIResponse(responseCode = "200", description = "The headers of the JSON Lines download")
  public Response jsonLinesHeaders() {
    return headers(JSON_LINES, "complaints.jsonl");
  }

  @GET
  @Path("dictionary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Data dictionary and licence",
      description = "The columns of the exports, their types and meaning, and the licence.")
  @APIResponse(
      responseCode = "200",
      description = "The dictionary",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DataDictionary.class)))
  public DataDictionary dictionary() {
    return DataDictionary.of();
  }

  /** Writes something to the export's writer; may fail with an I/O error. */
  private interface Part<T> {
    void write(Writer w, T item) throws IOException;
  }

  /** Writes a header. */
  private interface Header {
    void write(Writer w) throws IOException;
  }

  /**
   * A streamed body: the header, then each published complaint as the database cursor yields it,
   * through one buffered UTF-8 writer.
   */
  private StreamingOutput stream(Header header, Part<ComplaintDetail> row) {
    return out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      header.write(w);
      try {
        complaints.export(
            d -> {
              try {
                row.write(w, d);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      w.flush();
    };
  }

  /** The download, holding one of the {@link ExportGate}'s slots until the body is written. */
  private Response download(StreamingOutput body, String type, String name) {
    Optional<ExportGate.Slot> slot = gate.tryEnter();
    if (slot.isEmpty()) {
      return busy();
    }
    StreamingOutput gated =
        out -> {
          try (ExportGate.Slot held = slot.get()) {
            body.write(out);
          }
        };
    return described(Response.ok(gated, type), name);
  }

  /** A download's headers without the body: what HEAD answers, taking no slot. */
  private static Response headers(String type, String name) {
    return described(Response.ok().type(type), name);
  }

  private static Response described(Response.ResponseBuilder response, String name) {
    return response
        .header("Content-Disposition", "attachment; filename=\"aduan-terbuka-" + name + "\"")
        .header(
            "Link",
            "<"
                + DataDictionary.LICENCE_URL
                + ">; rel=\"license\", <dictionary>; rel=\"describedby\"")
        .build();
  }

  private Response busy() {
    return Response.fromResponse(
            new Problem(
                    "about:blank",
                    "Service Unavailable",
                    503,
                    "The server is already streaming "
                        + gate.limit()
                        + " full downloads. Retry after "
                        + ExportGate.RETRY_AFTER_SECONDS
                        + " s.",
                    uri.getRequestUri().getRawPath(),
                    null)
                .toResponse())
        .header("Retry-After", ExportGate.RETRY_AFTER_SECONDS)
        .build();
  }

  /** Lets one generator per line write to the shared writer without closing it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() {
      // the export's writer stays open for the next line
    }
  }
}
