package id.aduanterbuka.api.feed;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSummary;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.StatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds (RFC 4287) of the latest new and resolved complaints of an agency or a category — for
 * newsrooms' feed readers and for alerting.
 */
@Path("v1/feeds")
@RequestScoped
@Tag(name = "Open data")
@Produces(FeedsResource.ATOM)
@APIResponse(
    responseCode = "404",
    description = "No agency or category has this code",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "200",
    description = "An Atom feed of the 50 latest entries",
    content = @Content(mediaType = FeedsResource.ATOM, schema = @Schema(type = SchemaType.STRING)))
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class FeedsResource {
  static final String ATOM = "application/atom+xml";
  static final int ENTRIES = 50;
  private static final String NS = "http://www.w3.org/2005/Atom";

  private PublicComplaints complaints;
  private StatisticsService statistics;

  @Context UriInfo uri;

  protected FeedsResource() {}

  @Inject
  public FeedsResource(PublicComplaints complaints, StatisticsService statistics) {
    this.complaints = complaints;
    this.statistics = statistics;
  }

  @GET
  @Path("agencies/{code}/new.atom")
  @Operation(summary = "New complaints of an agency", description = "Latest received first.")
  public String agencyNew(
      @PathParam("code") @Parameter(description = "Agency code", example = "DPU-3374")
          String code) {
    return of(Dimension.AGENCY, code, false);
  }

  @GET
  @Path("agencies/{code}/resolved.atom")
  @Operation(summary = "Resolved complaints of an agency", description = "Latest resolved first.")
  public String agencyResolved(
      @PathParam("code") @Parameter(description = "Agency code", example = "DPU-3374")
          String code) {
    return of(Dimension.AGENCY, code, true);
  }

  @GET
  @Path("categories/{code}/new.atom")
  @Operation(summary = "New complaints in a category", description = "Latest received first.")
  public String categoryNew(
      @PathParam("code") @Parameter(description = "Category code", example = "jalan-rusak")
          String code) {
    return of(Dimension.CATEGORY, code, false);
  }

  @GET
  @Path("categories/{code}/resolved.atom")
  @Operation(summary = "Resolved complaints in a category", description = "Latest resolved first.")
  public String categoryResolved(
      @PathParam("code") @Parameter(description = "Category code", example = "jalan-rusak")
          String code) {
    return of(Dimension.CATEGORY, code, true);
  }

  /** The feed of new or resolved complaints of one agency or category; 404 for unknown codes. */
  private String of(Dimension dimension, String code, boolean resolved) {
    DimensionMember member = member(dimension, code);
    ComplaintFilter filter =
        dimension == Dimension.AGENCY ? filter(code, null) : filter(null, code);
    return feed(
        (resolved ? "Resolved complaints — " : "New complaints — ") + member.nameId(),
        resolved
            ? complaints.recentlyResolved(filter, ENTRIES)
            : complaints.latest(filter, ENTRIES),
        resolved);
  }

  private DimensionMember member(Dimension dimension, String code) {
    return statistics
        .find(dimension, code)
        .orElseThrow(() -> new NotFoundException(dimension.name().toLowerCase(), code));
  }

  private static ComplaintFilter filter(String agency, String category) {
    return new ComplaintFilter(
        agency, category, null, null, null, null, null, null, null, null, null, null);
  }

  private String feed(String title, List<ComplaintSummary> items, boolean resolved) {
    String self = uri.getRequestUri().toString();
    String api = uri.getBaseUri().toString();
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      element(x, "id", "urn:aduan-terbuka:feed:" + uri.getPath());
      element(x, "title", title);
      Instant updated = items.isEmpty() ? Instant.EPOCH : time(items.get(0), resolved);
      element(x, "updated", updated.toString());
      link(x, "self", self);
      x.writeStartElement("author");
      element(x, "name", "Aduan Terbuka");
      x.writeEndElement();
      element(x, "rights", "CC BY 4.0");
      for (ComplaintSummary c : items) {
        x.writeStartElement("entry");
        element(x, "id", "urn:aduan-terbuka:complaint:" + c.reference());
        element(
            x,
            "title",
            c.reference()
                + " — "
                + c.categoryNameId()
                + (c.regionName() == null ? "" : ", " + c.regionName()));
        element(x, "updated", time(c, resolved).toString());
        element(x, "published", c.receivedAt().toString());
        link(x, "alternate", api + "v1/complaints/" + c.reference());
        x.writeStartElement("category");
        x.writeAttribute("term", c.categoryCode());
        x.writeEndElement();
        element(x, "summary", c.excerpt() == null ? "" : c.excerpt());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write a feed", e);
    }
  }

  private static Instant time(ComplaintSummary c, boolean resolved) {
    return resolved && c.resolvedAt() != null ? c.resolvedAt() : c.receivedAt();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeStartElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeEndElement();
  }
}
