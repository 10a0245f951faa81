package id.aduanterbuka.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.problem.Problem;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private final JsonWriter writer = new JsonWriter();

  /** A payload with what JSON-B treats specially: nulls, nested records, lists, non-ASCII. */
  public record Item(String name, Integer count, List<String> tags, Problem problem) {}

  @Test
  void writesTheSameBytesAsJsonBIntoAStreamItLeavesOpen() throws Exception {
    Item item =
        new Item(
            "Jalan berlubang — “Kec. Tembalang” ñ",
            null,
            List.of("a", "b\"c"),
            new Problem("about:blank", "Bad Request", 400, "détail", "/x", null));
    ClosingCounter out = new ClosingCounter();

    writer.writeTo(
        item,
        Item.class,
        Item.class,
        new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        new MultivaluedHashMap<>(),
        out);
    out.write('\n'); // still writable: the container, not the writer, ends the response

    assertArrayEquals(
        (JsonbBuilder.create().toJson(item) + "\n").getBytes(StandardCharsets.UTF_8),
        out.toByteArray());
    assertEquals(0, out.closed);
  }

  @Test
  void takesOnlyOurTypesAsJson() {
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    Annotation[] none = new Annotation[0];
    assertTrue(writer.isWriteable(Item.class, Item.class, none, json));
    assertTrue(
        writer.isWriteable(
            Problem.class, Problem.class, none, MediaType.valueOf("application/problem+json")));
    assertFalse(writer.isWriteable(String.class, String.class, none, json));
    assertFalse(writer.isWriteable(List.class, List.class, none, json));
    assertFalse(writer.isWriteable(JsonWriter.class, JsonWriter.class, none, json));
    assertFalse(writer.isWriteable(Item.class, Item.class, none, MediaType.TEXT_PLAIN_TYPE));
  }

  private static final class ClosingCounter extends ByteArrayOutputStream {
    int closed;

    @Override
    public void close() throws IOException {
      closed++;
    }
  }
}
