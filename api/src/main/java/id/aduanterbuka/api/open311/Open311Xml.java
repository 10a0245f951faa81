package id.aduanterbuka.api.open311;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The spec's XML: schemaless, no namespace, UTF-8 with its declaration, element names as the JSON
 * keys. A null value is an empty element, as in the spec's examples, so XML and JSON carry the same
 * fields.
 */
final class Open311Xml {
  private Open311Xml() {}

  static String services(List<Open311Service> services) {
    return document(
        x -> {
          x.writeStartElement("services");
          for (Open311Service s : services) {
            x.writeStartElement("service");
            element(x, "service_code", s.serviceCode());
            element(x, "service_name", s.serviceName());
            element(x, "description", s.description());
            element(x, "metadata", Boolean.toString(s.metadata()));
            element(x, "type", s.type());
            element(x, "keywords", s.keywords());
            element(x, "group", s.group());
            x.writeEndElement();
          }
          x.writeEndElement();
        });
  }

  static String definition(Open311ServiceDefinition definition) {
    return document(
        x -> {
          x.writeStartElement("service_definition");
          element(x, "service_code", definition.serviceCode());
          x.writeStartElement("attributes");
          x.writeEndElement();
          x.writeEndElement();
        });
  }

  static String requests(List<Open311Request> requests) {
    return document(
        x -> {
          x.writeStartElement("service_requests");
          for (Open311Request r : requests) {
            x.writeStartElement("request");
            element(x, "service_request_id", r.serviceRequestId());
            element(x, "status", r.status());
            element(x, "status_notes", r.statusNotes());
            element(x, "service_name", r.serviceName());
            element(x, "service_code", r.serviceCode());
            element(x, "description", r.description());
            element(x, "agency_responsible", r.agencyResponsible());
            element(x, "service_notice", r.serviceNotice());
            element(x, "requested_datetime", r.requestedDatetime());
            element(x, "updated_datetime", r.updatedDatetime());
            element(x, "expected_datetime", r.expectedDatetime());
            element(x, "address", r.address());
            element(x, "address_id", r.addressId());
            element(x, "zipcode", r.zipcode());
            element(x, "media_url", r.mediaUrl());
            x.writeStartElement("extended_attributes");
            element(x, "channel", r.extendedAttributes().channel());
            element(x, "category_en", r.extendedAttributes().categoryEn());
            x.writeEndElement();
            x.writeEndElement();
          }
          x.writeEndElement();
        });
  }

  /** The answer to {@code POST requests.xml}: the spec's {@code service_requests} list. */
  static String created(List<Open311Created> created) {
    return document(
        x -> {
          x.writeStartElement("service_requests");
          for (Open311Created c : created) {
            x.writeStartElement("request");
            element(x, "service_request_id", c.serviceRequestId());
            element(x, "service_notice", c.serviceNotice());
            x.writeEndElement();
          }
          x.writeEndElement();
        });
  }

  /** What goes between the XML declaration and the end of the document. */
  @FunctionalInterface
  private interface Body {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private static String document(Body body) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      body.write(x);
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write an Open311 XML document", e);
    }
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    if (text != null) {
      x.writeCharacters(xmlCharacters(text));
    }
    x.writeEndElement();
  }

  /**
   * {@code text} without the characters XML 1.0 cannot carry even escaped (control characters other
   * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF), which would make the document
   * unreadable.
   */
  static String xmlCharacters(String text) {
    if (text.codePoints().allMatch(Open311Xml::allowed)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(Open311Xml::allowed).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean allowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
