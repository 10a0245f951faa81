package id.aduanterbuka.ingest;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionLevel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks MPP rows: code, name, the regency or city it belongs to, address, opening date, opening
 * hours and tenants (known agency codes). Hours are entries {@code DAY[-DAY] HH:MM-HH:MM} separated
 * by {@code ;}, days in English or Indonesian ({@code MON}…{@code SUN}, {@code SEN}…{@code MIN}),
 * e.g. {@code MON-THU 08:00-15:00;FRI 08:00-11:00}; a day not listed is closed.
 */
public final class MppRowValidator {
  public static final List<String> FIELDS =
      List.of("code", "name", "regency", "address", "opened_on", "opening_hours", "tenants");

  static final int MAX_NAME = 200;
  static final int MAX_ADDRESS = 300;
  private static final Pattern HOURS =
      Pattern.compile(
          "(\\p{L}+)(?:\\s*-\\s*(\\p{L}+))?\\s+(\\d{1,2}[:.]\\d{2})\\s*-\\s*(\\d{1,2}[:.]\\d{2})");
  private static final Map<String, DayOfWeek> INDONESIAN =
      Map.of(
          "SEN", DayOfWeek.MONDAY,
          "SEL", DayOfWeek.TUESDAY,
          "RAB", DayOfWeek.WEDNESDAY,
          "KAM", DayOfWeek.THURSDAY,
          "JUM", DayOfWeek.FRIDAY,
          "SAB", DayOfWeek.SATURDAY,
          "MIN", DayOfWeek.SUNDAY);

  private final ReferenceCodes codes;

  public MppRowValidator(ReferenceCodes codes) {
    this.codes = Objects.requireNonNull(codes);
  }

  public RowResult<ImportedMpp> validate(SourceRow row) {
    RowFields f = new RowFields(row);
    String code = f.code("code", MppCode::new, true);
    String name = f.text("name", MAX_NAME, true);
    String regency = f.known("regency", RegionCode::new, codes.regions(), true);
    if (regency != null && RegionCode.of(regency).level() != RegionLevel.REGENCY) {
      f.error("regency", regency + " is not a regency or city code (e.g. 33.02)");
    }
    String address = f.text("address", MAX_ADDRESS, true);
    String opened = f.raw("opened_on");
    LocalDate openedOn = opened == null ? null : f.date("opened_on", opened);
    List<ImportedOpeningHours> hours = hours(f);
    List<String> tenants = null;
    List<String> given = f.list("tenants", "[;,]");
    if (given != null) {
      tenants = new ArrayList<>();
      for (int i = 0; i < given.size(); i++) {
        String field = "tenants[" + (i + 1) + "]";
        String t = given.get(i);
        if (f.checkCode(field, t, AgencyCode::new)) {
          if (codes.agencies().contains(t)) {
            tenants.add(t);
          } else {
            f.error(field, "unknown agency code " + t);
          }
        }
      }
    }
    List<String> tenantsFinal = tenants;
    return f.result(
        () -> new ImportedMpp(code, name, regency, address, openedOn, hours, tenantsFinal));
  }

  private static List<ImportedOpeningHours> hours(RowFields f) {
    List<String> entries = f.list("opening_hours", ";");
    if (entries == null) {
      return null;
    }
    List<ImportedOpeningHours> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String field = "opening_hours[" + (i + 1) + "]";
      String entry = entries.get(i);
      Matcher m = HOURS.matcher(entry);
      if (!m.matches()) {
        f.error(field, "is not DAY[-DAY] HH:MM-HH:MM, e.g. MON-THU 08:00-15:00: " + entry);
        continue;
      }
      DayOfWeek first = day(m.group(1));
      DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
      LocalTime opens = time(m.group(3));
      LocalTime closes = time(m.group(4));
      if (first == null || last == null) {
        f.error(field, "unknown day in " + entry + " (MON…SUN or SEN…MIN)");
        continue;
      }
      if (opens == null || closes == null) {
        f.error(field, "is not a time of day (00:00-23:59): " + entry);
        continue;
      }
      if (!opens.isBefore(closes)) {
        f.error(field, "opens at " + opens + ", not before it closes at " + closes);
        continue;
      }
      if (last.getValue() < first.getValue()) {
        f.error(field, "the day range " + first + "-" + last + " runs backwards");
        continue;
      }
      for (int d = first.getValue(); d <= last.getValue(); d++) {
        DayOfWeek day = DayOfWeek.of(d);
        if (out.stream().anyMatch(h -> h.day() == day)) {
          f.error(field, day + " has hours twice");
        } else {
          out.add(new ImportedOpeningHours(day, opens, closes));
        }
      }
    }
    return out;
  }

  private static DayOfWeek day(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.length() >= 3 && INDONESIAN.containsKey(n.substring(0, 3))) {
      return INDONESIAN.get(n.substring(0, 3));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (n.length() >= 3 && d.name().startsWith(n) && (n.length() == 3 || d.name().equals(n))) {
        return d;
      }
    }
    return null;
  }

  private static LocalTime time(String v) {
    try {
      String t = v.replace('.', ':');
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
