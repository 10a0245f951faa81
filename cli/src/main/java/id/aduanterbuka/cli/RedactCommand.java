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
import java.util.Locale;

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

  private final Redactor redactor;

  RedactCommand(Redactor redactor) {
    this.redactor = redactor;
  }

  Result run(BufferedReader in, PrintWriter out) throws IOException {
    long started = System.nanoTime();
    long lines = 0;
    long errors = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines++;
      if (line.isBlank()) {
        lines--;
        continue;
      }
      JsonObject result;
      try {
        result = redactLine(line);
      } catch (JsonException | IllegalArgumentException | ClassCastException e) {
        errors++;
        result = Json.createObjectBuilder().add("line", lines).add("error", message(e)).build();
      }
      out.println(result);
    }
    out.flush();
    return new Result(lines, errors, (System.nanoTime() - started) / 1e9);
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
