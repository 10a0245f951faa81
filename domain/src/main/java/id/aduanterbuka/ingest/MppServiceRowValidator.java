package id.aduanterbuka.ingest;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.mpp.DurationUnit;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.mpp.MppServiceCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks MPP service rows: code, name, the known agency that provides it, the known MPPs it is
 * offered at, its service standard (duration, fee in rupiah — 0 means free —, output, legal basis)
 * and its https link to apply online. Requirements and procedure steps are lists in order: in a CSV
 * cell separated by {@code |} or line breaks (they often hold commas and semicolons), in JSON Lines
 * arrays of strings.
 */
public final class MppServiceRowValidator {
  public static final List<String> FIELDS =
      List.of(
          "code",
          "name",
          "agency",
          "mpps",
          "duration_amount",
          "duration_unit",
          "fee_rupiah",
          "output",
          "legal_basis",
          "online_url",
          "requirements",
          "procedure");

  static final int MAX_NAME = 200;
  static final int MAX_URL = 500;
  static final int MAX_TEXT = 4000;
  static final String STEP_SEPARATOR = "\\s*(\\||\\r?\\n)\\s*";

  private final ReferenceCodes codes;

  public MppServiceRowValidator(ReferenceCodes codes) {
    this.codes = Objects.requireNonNull(codes);
  }

  public RowResult<ImportedMppService> validate(SourceRow row) {
    RowFields f = new RowFields(row);
    String code = f.code("code", MppServiceCode::new, true);
    String name = f.text("name", MAX_NAME, true);
    String agency = f.known("agency", AgencyCode::new, codes.agencies(), true);
    List<String> mpps = mpps(f);
    Long amount = f.number("duration_amount", 1, 100_000, true);
    DurationUnit unit = f.choice("duration_unit", DurationUnit.class, true);
    Long fee = f.number("fee_rupiah", 0, 1_000_000_000_000L, true);
    String output = f.text("output", MAX_TEXT, true);
    String legalBasis = f.text("legal_basis", MAX_TEXT, false);
    String url = f.raw("online_url");
    if (url != null) {
      url = f.url("online_url", url, true, MAX_URL);
    }
    List<String> requirements = texts(f, "requirements");
    List<String> procedure = texts(f, "procedure");
    String onlineUrl = url;
    return f.result(
        () ->
            new ImportedMppService(
                code,
                name,
                agency,
                mpps,
                amount.intValue(),
                unit,
                fee,
                output,
                legalBasis,
                onlineUrl,
                requirements,
                procedure));
  }

  private List<String> mpps(RowFields f) {
    List<String> given = f.list("mpps", "[;,]");
    if (given == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "mpps[" + (i + 1) + "]";
      String m = given.get(i);
      if (f.checkCode(field, m, MppCode::new)) {
        if (codes.mpps().contains(m)) {
          out.add(m);
        } else {
          f.error(field, "unknown MPP code " + m + " (import the MPPs first)");
        }
      }
    }
    return out;
  }

  private static List<String> texts(RowFields f, String field) {
    List<String> items = f.list(field, STEP_SEPARATOR);
    if (items == null) {
      return null;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).length() > MAX_TEXT) {
        f.error(field + "[" + (i + 1) + "]", "is longer than " + MAX_TEXT + " characters");
      }
    }
    return items;
  }
}
