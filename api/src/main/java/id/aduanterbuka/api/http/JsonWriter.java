package id.aduanterbuka.api.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes our JSON payloads with JSON-B (Yasson, default settings — the same mapping Jersey's
 * provider applies) into one byte buffer, written with its length in one go. Jersey's own JSON-B
 * provider first builds the whole document in a synchronized {@code StringWriter}, copies it to a
 * {@code String}, encodes that and flushes: on the complaint list that was a tenth of the request's
 * CPU (JFR, docs/benchmarks.md). Only our own payload records ({@code id.aduanterbuka.*}) are
 * taken, and because a record is nearer to this writer's type than to {@code Object}, Jersey's
 * type-distance ordering prefers it to its own provider for them; everything else keeps Jersey's
 * providers.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonWriter implements MessageBodyWriter<Record> {
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Record.class.isAssignableFrom(type)
        && type.getName().startsWith("id.aduanterbuka.")
        && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
  }

  @Override
  public void writeTo(
      Record entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    // Built whole first: one write down Jersey's stream chain (gzip, length buffer) instead of one
    // per encoder chunk. Payloads are pages, at most some 100 KB.
    ByteArrayOutputStream body = new ByteArrayOutputStream(8_192);
    JSONB.toJson(entity, genericType, body);
    body.writeTo(out);
  }
}
