package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.privacy.Redactor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactCommandTest {
  private final RedactCommand command = new RedactCommand(new Redactor());

  private List<JsonObject> run(String input, RedactCommand.Result[] result) throws Exception {
    StringWriter out = new StringWriter();
    result[0] = command.run(new BufferedReader(new StringReader(input)), new PrintWriter(out));
    return out.toString()
        .lines()
        .map(l -> Json.createReader(new StringReader(l)).readObject())
        .toList();
  }

  @Test
  void addsRedactionAndKeepsOtherFields() throws Exception {
    RedactCommand.Result[] result = new RedactCommand.Result[1];
    List<JsonObject> out =
        run(
            "{\"id\":7,\"text\":\"Saya Rahmat, WA 0857-1234-5678\",\"agency\":\"DPU-33\"}\n",
            result);

    assertEquals(1, out.size());
    JsonObject line = out.get(0);
    assertEquals(7, line.getInt("id"));
    assertEquals("DPU-33", line.getString("agency"));
    assertEquals("Saya [NAMA], WA [TELEPON]", line.getString("redacted"));
    assertEquals(2, line.getJsonArray("entities").size());
    assertEquals("TELEPON", line.getJsonArray("entities").getJsonObject(1).getString("type"));
    assertEquals(16, line.getJsonArray("entities").getJsonObject(1).getInt("start"));
    assertTrue(line.getJsonArray("residualRisks").isEmpty());
  }

  @Test
  void aBadLineIsReportedInPlaceAndLosesNoGoodLine() throws Exception {
    RedactCommand.Result[] result = new RedactCommand.Result[1];
    List<JsonObject> out =
        run(
            "{\"text\":\"NIK 3374014506750002\"}\n"
                + "not json at all, NIK 3374014506750002\n"
                + "{\"no_text\":1}\n"
                + "\n"
                + "{\"text\":\"email a.b@example.com\"}\n",
            result);

    assertEquals(4, out.size());
    assertEquals("NIK [NIK]", out.get(0).getString("redacted"));
    assertEquals(2, out.get(1).getInt("line"));
    assertFalse(
        out.get(1).getString("error").contains("3374014506750002"), "errors never echo input");
    assertEquals(3, out.get(2).getInt("line"));
    assertTrue(out.get(2).getString("error").contains("\"text\""));
    assertEquals("email [EMAIL]", out.get(3).getString("redacted"));
    assertEquals(4, result[0].lines());
    assertEquals(2, result[0].errors());
  }
}
