package id.aduanterbuka.api.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the export files contain, and under which licence. */
@Schema(name = "DataDictionary")
public record DataDictionary(
    @Schema(example = "Creative Commons Attribution 4.0 International (CC BY 4.0)") String licence,
    @Schema(example = "https://creativecommons.org/licenses/by/4.0/") String licenceUrl,
    @Schema(description = "How to credit the data") String attribution,
    @Schema(description = "Download URLs, relative to the API") List<String> files,
    List<Column> columns,
    @Schema(description = "What the files never contain") String privacy) {

  /** One column (CSV) or key (JSON Lines). */
  @Schema(name = "DataDictionaryColumn")
  public record Column(String name, String type, String description) {}

  static final String LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
  static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

  static DataDictionary of() {
    return new DataDictionary(
        LICENCE,
        LICENCE_URL,
        "Data: Aduan Terbuka instance of the regional government, CC BY 4.0",
        List.of("v1/exports/complaints.csv", "v1/exports/complaints.jsonl"),
        OpenDataColumns.all().stream().map(c -> new Column(c.key, c.type, c.description)).toList(),
        "Only published complaints in a public status, with their redacted text. Never a name,"
            + " NIK, phone number, e-mail, address, plate or account number of a reporter, and"
            + " never the original text. Text cells starting with =, +, -, @ are prefixed with '"
            + " in the CSV so that spreadsheets do not run them as formulas.");
  }
}
