package id.aduanterbuka.cli;

import id.aduanterbuka.privacy.PiiEntity;
import id.aduanterbuka.privacy.Redaction;
import id.aduanterbuka.privacy.Redactor;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code bin/aduan redact}: JSON Lines in, JSON Lines out. Each input object needs a string {@code
 * "text"}; every field is passed through and {@code "redacted"}, {@code "entities"} and {@code
 * "residualRisks"} are added. A bad line becomes {@code {"line": n, "error": "…"}} in its place, so
 * output lines stay aligned with input lines and no good line is lost.
 */
final class RedactCommand {
  record Result(long lines, long errors, double seconds) {
    double perSecond() {
      return seconds == 0 ? lines : lines / seconds;
    }
  }

  private static final int BATCH = 512;
  private final Redactor redactor;

  RedactCommand(Redactor redactor) {
    this.redactor = redactor;
  }

  Result run(BufferedReader in, PrintWriter out) throws IOException {
    long started = System.nanoTime();
    long lines = 0;
    long errors = 0;
    List<String> batch = new ArrayList<>(BATCH);
    List<Long> numbers = new ArrayList<>(BATCH);
    for (String line = in.readLine(); ; line = in.readLine()) {
      if (line != null && !line.isBlank()) {
        lines++;
        batch.add(line);
        numbers.add(lines);
      }
      if (batch.size() == BATCH || (line == null && !batch.isEmpty())) {
        // Redaction is CPU-bound and stateless: lines of a batch in parallel, output in order.
        List<String> inputs = batch;
        List<Long> at = numbers;
        List<JsonObject> results =
            IntStream.range(0, inputs.size())
                .parallel()
                .mapToObj(i -> redactOrExplain(inputs.get(i), at.get(i)))
                .toList();
        for (JsonObject result : results) {
          if (result.containsKey("error") && result.containsKey("line")) {
            errors++;
          }
          out.println(result);
        }
        batch = new ArrayList<>(BATCH);
        numbers = new ArrayList<>(BATCH);
      }
      if (line == null) {
        break;
      }
    }
    out.flush();
    return new Result(lines, errors, (System.nanoTime() - started) / 1e9);
  }

  private JsonObject redactOrExplain(String line, long number) {
    try {
      return redactLine(line);
    } catch (JsonException | IllegalArgumentException | ClassCastException e) {
      return Json.createObjectBuilder().add("line", number).add("error", message(e)).build();
    }
  }

  private JsonObject redactLine(String line) {
    JsonObject input;
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      input = reader.readObject();
    }
    JsonValue text = input.get("text");
    if (!(text instanceof JsonString string)) {
      throw new IllegalArgumentException("each object needs a string field \"text\"");
    }
    Redaction redaction = redactor.redact(string.getString());
    JsonArrayBuilder entities = Json.createArrayBuilder();
    for (PiiEntity e : redaction.entities()) {
      entities.add(
          Json.createObjectBuilder()
              .add("type", e.type().name())
              .add("start", e.start())
              .add("end", e.end())
              .add("rule", e.rule()));
    }
    JsonArrayBuilder risks = Json.createArrayBuilder();
    redaction.residualRisks().forEach(risks::add);
    JsonObjectBuilder out = Json.createObjectBuilder(input);
    return out.add("redacted", redaction.redactedText())
        .add("entities", entities)
        .add("residualRisks", risks)
        .build();
  }

  private static String message(Exception e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // JSON parser messages quote the input; keep only the first line, never the whole text.
    return text.lines().findFirst().orElse(text);
  }

  static void report(Result result, PrintStream err) {
    err.printf(
        Locale.ROOT,
        "redacted %,d texts (%,d bad lines) in %.2f s: %,.0f texts/s%n",
        result.lines(),
        result.errors(),
        result.seconds(),
        result.perSecond());
  }
}
